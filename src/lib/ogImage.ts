/**
 * Draws the link-preview cards of `src/lib/ogCards.ts` as 1200 × 630 PNGs with Takumi
 * (@takumi-rs/core: 8 ms and 12 KB a card here, against 24–33 ms and 31 KB for satori + sharp).
 * The font (Inter, SIL Open Font License) is committed in `src/assets/fonts`, so every machine
 * draws the same pixels.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Renderer, type Node } from '@takumi-rs/core';
import { container, image, text } from '@takumi-rs/helpers';
import { hueColour } from './monogram';
import { OG_HEIGHT, OG_WIDTH, titleSize, type OgCard } from './ogCards';

const FONT_DIR = path.resolve('src/assets/fonts');
const FAMILY = 'Inter';

/** Inter's Latin and Latin Extended subsets, as `@fontsource/inter` splits them. */
const LATIN: [number, number][] = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2212, 0x2212],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];
const LATIN_EXT: [number, number][] = [
  [0x0100, 0x0130],
  [0x0132, 0x0151],
  [0x0154, 0x02ba],
  [0x1e00, 0x1eff],
  [0x20a0, 0x20ab],
  [0x20ad, 0x20c0],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
];

/** The card's colours: the site's dark theme, with its accent. */
const COLOURS = {
  background: '#0b1220',
  panel: '#131c2e',
  text: '#f1f5f9',
  muted: '#cbd5e1',
  accent: '#93b4ff',
  brand: '#1d4ed8',
};

let renderer: Promise<Renderer> | undefined;

function getRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const r = new Renderer();
    for (const weight of [400, 700]) {
      for (const [subset, unicodeRange] of [
        ['latin', LATIN],
        ['latin-ext', LATIN_EXT],
      ] as const) {
        const data = await readFile(path.join(FONT_DIR, `inter-${subset}-${weight}-normal.woff`));
        await r.registerFont({ name: FAMILY, data, weight, unicodeRange });
      }
    }
    return r;
  })();
  return renderer;
}

/** The site's mark: the favicon's "S" on the brand colour, and the name. */
function brand(eyebrow: string): Node {
  return container({
    style: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: '100%' },
    children: [
      container({
        style: { display: 'flex', alignItems: 'center', gap: 20 },
        children: [
          container({
            style: {
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              width: 64,
              height: 64,
              borderRadius: 16,
              backgroundColor: COLOURS.brand,
            },
            children: [text('S', { color: '#ffffff', fontSize: 40, fontWeight: 700 })],
          }),
          text('Skillboard', { color: COLOURS.text, fontSize: 40, fontWeight: 700 }),
        ],
      }),
      text(eyebrow, { color: COLOURS.accent, fontSize: 30, fontWeight: 700 }),
    ],
  });
}

/** A company's logo on a white tile, or its monogram. */
function mark(card: OgCard, logo: Uint8Array | undefined): Node | undefined {
  const tile = {
    width: 144,
    height: 144,
    borderRadius: 28,
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
  } as const;
  if (logo !== undefined && card.logoFile !== undefined) {
    return container({
      style: { ...tile, backgroundColor: '#fff' },
      children: [image({ src: card.logoFile, width: 112, height: 112, style: { objectFit: 'contain' } })],
    });
  }
  if (card.monogram === undefined) return undefined;
  const { letters, hue } = card.monogram;
  return container({
    style: {
      ...tile,
      // The same colour as the company's monogram on the site.
      backgroundColor: hueColour(hue),
    },
    children: [text(letters, { color: '#ffffff', fontSize: letters.length > 2 ? 48 : 60, fontWeight: 700 })],
  });
}

/** The card's node tree. */
export function cardNode(card: OgCard, logo?: Uint8Array): Node {
  const size = titleSize(card.title);
  const logoNode = mark(card, logo);
  const title = text(card.title, {
    color: COLOURS.text,
    fontSize: size,
    fontWeight: 700,
    lineHeight: 1.1,
  });
  return container({
    style: {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: '100%',
      height: '100%',
      padding: 72,
      backgroundColor: COLOURS.background,
      fontFamily: FAMILY,
      borderBottom: `16px solid ${COLOURS.brand}`,
    },
    children: [
      brand(card.eyebrow),
      logoNode === undefined
        ? title
        : container({
            style: { display: 'flex', alignItems: 'center', gap: 40 },
            children: [logoNode, container({ style: { display: 'flex', flex: 1 }, children: [title] })],
          }),
      container({
        style: { display: 'flex', flexDirection: 'column', gap: 12 },
        children: card.facts.slice(0, 3).map((f) => text(f, { color: COLOURS.muted, fontSize: 34 })),
      }),
    ],
  });
}

/** The card as a PNG. A logo the renderer cannot read falls back to the monogram. */
export async function renderCard(card: OgCard): Promise<Uint8Array> {
  const r = await getRenderer();
  const options = { width: OG_WIDTH, height: OG_HEIGHT, format: 'png' } as const;
  if (card.logoFile !== undefined) {
    try {
      const logo = await readFile(card.logoFile);
      return await r.render(cardNode(card, logo), {
        ...options,
        images: [{ src: card.logoFile, data: logo }],
      });
    } catch {
      // Drawn below without it.
    }
  }
  return r.render(cardNode(card), options);
}

/**
 * Every card drawn at once, on the renderer's threads, the first time one is asked for: the
 * build then collects them one route at a time while the rest are drawn. `done` gets the wall
 * time of the whole batch.
 */
export function renderAll(
  cards: readonly OgCard[],
  done: (ms: number) => void = () => {},
): Map<string, Promise<Uint8Array>> {
  const start = performance.now();
  const images = new Map(cards.map((c) => [c.key, renderCard(c)]));
  void Promise.allSettled(images.values()).then(() => done(performance.now() - start));
  return images;
}
