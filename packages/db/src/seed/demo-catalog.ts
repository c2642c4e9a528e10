// The demo catalog a fresh store starts with, so a creator sees a working shop before adding their own:
// three one-time design products, a licensed software product and a subscription. Every file and image
// is generated here, locally.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Product } from '../catalog/product.entity.ts';
import {
  attachProductFile,
  attachProductImage,
  buildProduct,
  type ObjectWriter,
  type ProductInput,
} from './factories.ts';
import { createPdfDocument } from './pdf-document.ts';
import { createPreviewSvg, type PreviewStyle } from './preview-image.ts';
import { createZipArchive } from './zip-archive.ts';

type DemoProduct = {
  product: ProductInput & { slug: string; name: string; priceCents: number };
  style: PreviewStyle;
  previews: Array<{ subtitle: string; alt: string }>;
  files: Array<{ name: string; contentType: string; content: () => Buffer }>;
};

const licenseText = (name: string) =>
  `${name}\n\nPersonal and commercial use in unlimited end products. Do not resell or redistribute the source files.\n`;

const presetXmp = (name: string, temperature: number, exposure: string) =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/">\n <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n  <rdf:Description xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/" crs:PresetType="Normal" crs:Name="${name}" crs:Temperature="${temperature}" crs:Exposure2012="${exposure}" crs:Vibrance="+18" crs:Clarity2012="+8"/>\n </rdf:RDF>\n</x:xmpmeta>\n`;

export const demoProducts: DemoProduct[] = [
  {
    product: {
      slug: 'aurora-figma-ui-kit',
      name: 'Aurora UI Kit for Figma',
      tagline: '420 components, auto-layout everywhere, light and dark themes.',
      description: `Aurora is the UI kit we wished we had when starting a new product.

## What's inside
- **420 components** built with auto-layout 5 and variables
- Light and dark themes driven by one token collection
- 60 ready-made screens: onboarding, dashboards, settings, checkout
- A documented type scale and 8-point spacing system

## Who it's for
Product designers and founders who want to ship a polished interface this week, not next quarter.

> Works with Figma's free plan. Updates are free for life.`,
      priceCents: 4900,
      downloadLimit: 5,
      downloadWindowDays: 30,
      position: 1,
    },
    style: { from: '#4f46e5', to: '#0ea5e9', accent: '#e0e7ff', motif: 'grid' },
    previews: [
      { subtitle: '420 components · light and dark', alt: 'Aurora UI Kit component overview' },
      { subtitle: '60 ready-made screens', alt: 'Dashboard screens from the Aurora UI Kit' },
      { subtitle: 'Tokens, type scale, spacing', alt: 'Design tokens of the Aurora UI Kit' },
    ],
    files: [
      {
        name: 'aurora-ui-kit.zip',
        contentType: 'application/zip',
        content: () =>
          createZipArchive([
            { name: 'README.txt', content: 'Aurora UI Kit\n\nOpen Aurora.fig in Figma (File > Import).\n' },
            {
              name: 'tokens.json',
              content: JSON.stringify(
                { color: { primary: '#4f46e5', surface: '#ffffff' }, space: [4, 8, 12, 16, 24, 32] },
                null,
                2,
              ),
            },
            { name: 'LICENSE.txt', content: licenseText('Aurora UI Kit') },
          ]),
      },
    ],
  },
  {
    product: {
      slug: 'second-brain-notion-template',
      name: 'Second Brain Notion Template',
      tagline: 'Projects, notes and goals in one calm Notion workspace.',
      description: `A complete personal knowledge system for Notion, based on the PARA method.

- Project and area dashboards with progress roll-ups
- A weekly review that takes 15 minutes
- Reading list and note inbox with quick capture
- A 12-page PDF setup guide

Duplicate it into your workspace in one click.`,
      priceCents: 2900,
      downloadLimit: 5,
      downloadWindowDays: 30,
      position: 2,
    },
    style: { from: '#111827', to: '#374151', accent: '#f9fafb', motif: 'blocks' },
    previews: [
      { subtitle: 'Projects · Areas · Resources · Archive', alt: 'Second Brain dashboard in Notion' },
      { subtitle: 'A 15-minute weekly review', alt: 'Weekly review page of the Notion template' },
    ],
    files: [
      {
        name: 'second-brain-setup-guide.pdf',
        contentType: 'application/pdf',
        content: () =>
          createPdfDocument('Second Brain: setup guide', [
            '1. Open the template link in the included README.',
            '2. Click Duplicate in the top right corner of Notion.',
            '3. Start with the Inbox: capture everything for a week.',
            '4. Every Friday, run the Weekly Review page.',
          ]),
      },
      {
        name: 'second-brain-template.zip',
        contentType: 'application/zip',
        content: () =>
          createZipArchive([
            {
              name: 'README.txt',
              content: 'Duplicate the template: https://notion.so (link in your purchase)\n',
            },
            { name: 'LICENSE.txt', content: licenseText('Second Brain Notion Template') },
          ]),
      },
    ],
  },
  {
    product: {
      slug: 'golden-hour-lightroom-presets',
      name: 'Golden Hour Lightroom Presets',
      tagline: '12 warm, filmic presets for Lightroom Classic and mobile.',
      description: `Twelve presets tuned on thousands of real photos shot in the last hour of daylight.

- Works in **Lightroom Classic, Lightroom CC and Lightroom mobile** (XMP and DNG)
- Skin tones stay natural; skies stay clean
- Installation guide included`,
      priceCents: 1900,
      downloadLimit: 5,
      downloadWindowDays: 30,
      requiresLicenseKey: false,
      position: 3,
    },
    style: { from: '#f97316', to: '#be185d', accent: '#fde68a', motif: 'sun' },
    previews: [
      { subtitle: '12 warm, filmic presets', alt: 'Before and after with a Golden Hour preset' },
      { subtitle: 'Lightroom Classic and mobile', alt: 'Golden Hour presets in Lightroom mobile' },
    ],
    files: [
      {
        name: 'golden-hour-presets.zip',
        contentType: 'application/zip',
        content: () =>
          createZipArchive([
            ...['Amber', 'Dune', 'Honey', 'Ember'].map((name, i) => ({
              name: `Golden Hour - ${name}.xmp`,
              content: presetXmp(`Golden Hour - ${name}`, 5600 + i * 150, (0.1 + i * 0.05).toFixed(2)),
            })),
            { name: 'INSTALL.txt', content: 'Lightroom Classic: Develop > Presets > + > Import Presets.\n' },
          ]),
      },
    ],
  },
  {
    product: {
      slug: 'framecraft-screenshot-tool',
      name: 'Framecraft',
      tagline: 'Beautiful device-framed screenshots in one keystroke. For macOS and Windows.',
      description: `Framecraft wraps any screenshot in a device frame with a soft shadow and background, ready for your landing page or App Store listing.

- One keystroke: capture, frame, copy
- 40 device frames, custom backgrounds
- Batch export for app store sizes

**Your license key activates Framecraft on up to 3 computers.** Free a seat from your account page when you switch machines.`,
      priceCents: 3900,
      requiresLicenseKey: true,
      licenseActivationLimit: 3,
      downloadLimit: 5,
      downloadWindowDays: 365,
      position: 4,
    },
    style: { from: '#0f172a', to: '#1e3a8a', accent: '#38bdf8', motif: 'code' },
    previews: [
      { subtitle: 'Device frames in one keystroke', alt: 'Framecraft main window' },
      { subtitle: '40 frames · batch export', alt: 'Framecraft export settings' },
    ],
    files: [
      {
        name: 'framecraft-2.4.0.zip',
        contentType: 'application/zip',
        content: () =>
          createZipArchive([
            {
              name: 'Framecraft/README.txt',
              content: 'Run Framecraft and paste your license key when asked.\n',
            },
            { name: 'Framecraft/framecraft.sh', content: '#!/bin/sh\necho "Framecraft 2.4.0"\n' },
            {
              name: 'Framecraft/LICENSE.txt',
              content: 'Framecraft end-user license: 3 activations per key.\n',
            },
          ]),
      },
    ],
  },
  {
    product: {
      slug: 'design-resources-club',
      name: 'Design Resources Club',
      tagline: 'A fresh pack of icons, mockups and textures every month.',
      description: `Join the club and get a new resource pack on the first of every month, plus the whole archive.

- 100+ icons, 10 mockups and 20 textures a month
- Cancel any time; you keep what you downloaded`,
      priceCents: 1200,
      kind: 'subscription',
      interval: 'month',
      downloadLimit: null,
      downloadWindowDays: null,
      position: 5,
    },
    style: { from: '#059669', to: '#0f766e', accent: '#d1fae5', motif: 'stack' },
    previews: [
      { subtitle: 'A new pack every month', alt: "This month's Design Resources Club pack" },
      { subtitle: 'Icons · mockups · textures', alt: 'Sample icons from the club archive' },
    ],
    files: [
      {
        name: 'club-pack-2026-11.zip',
        contentType: 'application/zip',
        content: () =>
          createZipArchive([
            {
              name: 'icons/star.svg',
              content:
                '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2l3 7h7l-6 4 2 7-6-4-6 4 2-7-6-4h7z"/></svg>',
            },
            { name: 'README.txt', content: 'November 2026 pack.\n' },
          ]),
      },
    ],
  },
];

/** Seeds the demo catalog when the store has no products yet. Returns the number of products created. */
export async function seedDemoCatalog(em: EntityManager, storage: ObjectWriter): Promise<number> {
  if ((await em.count(Product, {})) > 0) return 0;
  for (const demo of demoProducts) {
    const product = buildProduct(em, { status: 'published', ...demo.product });
    await em.flush();
    for (const [index, preview] of demo.previews.entries()) {
      await attachProductImage(em, storage, product, {
        name: `preview-${index + 1}.svg`,
        content: Buffer.from(createPreviewSvg(demo.product.name, preview.subtitle, demo.style, index)),
        contentType: 'image/svg+xml',
        alt: preview.alt,
        position: index,
      });
    }
    for (const [index, file] of demo.files.entries()) {
      await attachProductFile(em, storage, product, { ...file, content: file.content(), position: index });
    }
  }
  return demoProducts.length;
}
