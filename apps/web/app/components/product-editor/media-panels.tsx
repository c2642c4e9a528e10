// The product's files and preview images in the editor: uploads with a progress bar, a new version of a
// file (optionally emailing its buyers), removal, and the images' order with up/down buttons (plain form
// posts, so they work from the keyboard and without JavaScript).

import { Form, useRevalidator } from '@remix-run/react';
import { formatFileSize } from '@shelf/format';
import { type FormEvent, useState } from 'react';
import { CsrfField, useCsrfToken } from '../csrf-field';
import { type Attach, UploadError, uploadProductFile } from './uploader';

type FileRow = { id: string; name: string; size: number; version: number; sha256: string; updatedAt: string };
type ImageRow = { id: string; url: string; alt: string };

type UploadState = { progress: number; error: string | null; busy: boolean };

/** One upload at a time per form: its progress, its error, and what to do with the file chosen. */
function useUpload(productId: string) {
  const csrfToken = useCsrfToken();
  const revalidator = useRevalidator();
  const [state, setState] = useState<UploadState>({ progress: 0, error: null, busy: false });
  async function start(file: File | undefined, attach: Attach): Promise<boolean> {
    if (!file) {
      setState({ progress: 0, error: 'Choose a file first.', busy: false });
      return false;
    }
    setState({ progress: 0, error: null, busy: true });
    try {
      await uploadProductFile({
        productId,
        file,
        attach,
        csrfToken,
        onProgress: (progress) => setState((current) => ({ ...current, progress })),
      });
      setState({ progress: 1, error: null, busy: false });
      revalidator.revalidate();
      return true;
    } catch (error) {
      const message = error instanceof UploadError ? error.message : 'The upload did not go through.';
      setState({ progress: 0, error: message, busy: false });
      return false;
    }
  }
  return { state, start };
}

function Progress({ state, label }: { state: UploadState; label: string }) {
  if (!state.busy && !state.error) return null;
  return (
    <div className="upload-status">
      {state.busy && (
        <>
          <progress max={1} value={state.progress} aria-label={label} />
          <span className="muted">{Math.round(state.progress * 100)}%</span>
        </>
      )}
      {state.error && (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}

function fileFrom(event: FormEvent<HTMLFormElement>, name: string): File | undefined {
  const input = event.currentTarget.elements.namedItem(name) as HTMLInputElement | null;
  return input?.files?.[0];
}

function ReplaceFile({ productId, file }: { productId: string; file: FileRow }) {
  const { state, start } = useUpload(productId);
  return (
    <form
      className="inline-form replace-file-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const notifyBuyers = (form.elements.namedItem('notifyBuyers') as HTMLInputElement).checked;
        if (await start(fileFrom(event, 'file'), { kind: 'FILE', replaceFileId: file.id, notifyBuyers }))
          form.reset();
      }}
    >
      <label className="visually-hidden" htmlFor={`replace-${file.id}`}>
        New version of {file.name}
      </label>
      <input id={`replace-${file.id}`} type="file" name="file" disabled={state.busy} />
      <label>
        <input type="checkbox" name="notifyBuyers" /> Email buyers
      </label>
      <button type="submit" className="button button-secondary" disabled={state.busy}>
        Replace
      </button>
      <Progress state={state} label={`Uploading a new version of ${file.name}`} />
    </form>
  );
}

export function FilesPanel({ productId, files }: { productId: string; files: FileRow[] }) {
  const { state, start } = useUpload(productId);
  return (
    <section className="dashboard-section" aria-labelledby="files-title">
      <h2 id="files-title">Files</h2>
      <p className="muted">
        What buyers download. A new version reaches every buyer’s existing download link.
      </p>
      {files.length === 0 ? (
        <p className="empty-state">No files yet.</p>
      ) : (
        <ul className="product-file-list">
          {files.map((file) => (
            <li key={file.id} className="product-file">
              <div>
                <strong>{file.name}</strong>{' '}
                <span className="muted">
                  {formatFileSize(file.size)} · version {file.version} · SHA-256{' '}
                  <code title={file.sha256}>{file.sha256.slice(0, 12)}…</code>
                </span>
              </div>
              <ReplaceFile productId={productId} file={file} />
              <Form method="post" className="inline-form">
                <CsrfField />
                <input type="hidden" name="intent" value="remove-file" />
                <input type="hidden" name="fileId" value={file.id} />
                <button type="submit" className="button button-secondary product-remove">
                  Remove<span className="visually-hidden"> {file.name}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <form
        className="upload-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const form = event.currentTarget;
          if (await start(fileFrom(event, 'file'), { kind: 'FILE' })) form.reset();
        }}
      >
        <label htmlFor="new-file">Add a file</label>
        <input id="new-file" type="file" name="file" disabled={state.busy} />
        <button type="submit" className="button button-primary" disabled={state.busy}>
          Upload
        </button>
        <Progress state={state} label="Uploading the file" />
      </form>
    </section>
  );
}

function MoveButton({
  imageId,
  direction,
  disabled,
}: {
  imageId: string;
  direction: 'up' | 'down';
  disabled: boolean;
}) {
  return (
    <Form method="post" className="inline-form">
      <CsrfField />
      <input type="hidden" name="intent" value="move-image" />
      <input type="hidden" name="imageId" value={imageId} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" className="button button-secondary" disabled={disabled}>
        {direction === 'up' ? '↑ Earlier' : '↓ Later'}
      </button>
    </Form>
  );
}

export function ImagesPanel({ productId, images }: { productId: string; images: ImageRow[] }) {
  const { state, start } = useUpload(productId);
  return (
    <section className="dashboard-section" aria-labelledby="images-title">
      <h2 id="images-title">Preview images</h2>
      <p className="muted">Shown on the product page in this order. PNG, JPEG, WebP or GIF.</p>
      {images.length === 0 ? (
        <p className="empty-state">No preview images yet.</p>
      ) : (
        <ol className="product-image-list">
          {images.map((image, index) => (
            <li key={image.id} className="product-image">
              <img src={image.url} alt={image.alt} loading="lazy" />
              <span className="product-image-alt">{image.alt}</span>
              <MoveButton imageId={image.id} direction="up" disabled={index === 0} />
              <MoveButton imageId={image.id} direction="down" disabled={index === images.length - 1} />
              <Form method="post" className="inline-form">
                <CsrfField />
                <input type="hidden" name="intent" value="remove-image" />
                <input type="hidden" name="imageId" value={image.id} />
                <button type="submit" className="button button-secondary product-remove">
                  Remove<span className="visually-hidden"> image {index + 1}</span>
                </button>
              </Form>
            </li>
          ))}
        </ol>
      )}
      <form
        className="upload-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const alt = (form.elements.namedItem('alt') as HTMLInputElement).value;
          if (await start(fileFrom(event, 'file'), { kind: 'PREVIEW', alt })) form.reset();
        }}
      >
        <label htmlFor="new-image">Add an image</label>
        <input
          id="new-image"
          type="file"
          name="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          disabled={state.busy}
        />
        <label htmlFor="new-image-alt">Description for screen readers</label>
        <input id="new-image-alt" type="text" name="alt" maxLength={300} />
        <button type="submit" className="button button-primary" disabled={state.busy}>
          Upload
        </button>
        <Progress state={state} label="Uploading the image" />
      </form>
    </section>
  );
}
