/** A diagram export that failed, with a message for people. */
export class DiagramExportError extends Error {
  override readonly name = 'DiagramExportError';
}

export const isDiagramExportError = (error: unknown): error is DiagramExportError =>
  error instanceof DiagramExportError;

const SHAPE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
];
/** Elements that hold text for people and programs, not drawing. */
const UNDRAWN = new Set(['title', 'desc']);
const TEXT_PROPERTIES = ['fill', 'font-family', 'font-size', 'font-weight'];

/** The computed values of the properties that draw `element`, as an inline style. */
function resolvedStyle(element: Element): string {
  const computed = getComputedStyle(element);
  const names = element.localName === 'text' ? TEXT_PROPERTIES : SHAPE_PROPERTIES;
  return names
    .map((name) => [name, computed.getPropertyValue(name)] as const)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
}

/**
 * A standalone SVG file of a rendered diagram: every colour and font resolved from the current theme
 * into inline styles (no CSS variables or classes left), with an XML declaration and the SVG namespace.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const target = targets[i];
    if (!target) return;
    target.removeAttribute('class');
    if (source !== svg && !UNDRAWN.has(source.localName)) target.setAttribute('style', resolvedStyle(source));
  });
  const [, , width = '0', height = '0'] = (svg.getAttribute('viewBox') ?? '').split(' ');
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', width);
  clone.setAttribute('height', height);
  clone.setAttribute('style', `font-family:${getComputedStyle(svg).getPropertyValue('font-family')}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () =>
      reject(new DiagramExportError('the browser could not read the drawing as an image'));
    image.src = url;
  });
}

/** Draws a standalone SVG onto a canvas at `scale` times its size and returns the PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new DiagramExportError('this browser has no canvas to draw on');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new DiagramExportError('the canvas did not produce a PNG'))),
      'image/png',
    );
  });
}
