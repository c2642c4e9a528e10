import { useState } from 'react';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './product-grid';

type Image = { url: string; alt: string };

export function ProductGallery({ images, productName }: { images: Image[]; productName: string }) {
  const [activeIndex, setActiveIndex] = useState(0);
  const active = images[activeIndex] ?? images[0];
  if (!active) {
    return (
      <div className="gallery-main">
        <div className="media-placeholder" aria-hidden="true">
          {productName.slice(0, 1)}
        </div>
      </div>
    );
  }
  return (
    <div className="gallery">
      <div className="gallery-main">
        <img src={active.url} alt={active.alt} width={PREVIEW_WIDTH} height={PREVIEW_HEIGHT} />
      </div>
      {images.length > 1 && (
        <ul className="gallery-thumbs" aria-label={`${productName} images`}>
          {images.map((image, index) => (
            <li key={image.url}>
              <button
                type="button"
                className="gallery-thumb"
                aria-label={`Show image ${index + 1} of ${images.length}: ${image.alt}`}
                aria-pressed={index === activeIndex}
                onClick={() => setActiveIndex(index)}
              >
                <img src={image.url} alt="" width={240} height={150} loading="lazy" decoding="async" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
