import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState, type RefObject } from 'react';
import { downloadBlob } from '../shell/download.ts';
import { isDiagramExportError, standaloneSvg, svgToPng } from './exportDiagram.ts';
import { useNetworkDiagramStyles } from './NetworkDiagram.styles.ts';

export const SVG_FILE = 'network-diagram.svg';
export const PNG_FILE = 'network-diagram.png';

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  return { width: box.width, height: box.height };
}

/** Download buttons for the drawn diagram, as SVG and as PNG (twice the size, for slides and documents). */
export function DiagramExport({ svgRef }: { readonly svgRef: RefObject<SVGSVGElement | null> }) {
  const styles = useNetworkDiagramStyles();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const saveSvg = () => {
    const svg = svgRef.current;
    if (!svg) return;
    setProblem(undefined);
    downloadBlob(SVG_FILE, new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }));
  };

  const savePng = async () => {
    const svg = svgRef.current;
    if (!svg) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const { width, height } = sizeOf(svg);
      downloadBlob(PNG_FILE, await svgToPng(standaloneSvg(svg), width, height));
    } catch (error) {
      const reason = isDiagramExportError(error) ? error.message : 'the browser stopped the drawing';
      setProblem(
        `The PNG could not be made: ${reason}. Download the SVG instead; browsers, slide tools and image editors open it.`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.exportBar}>
      <div className={styles.actions}>
        <Button icon={<ArrowDownloadRegular />} onClick={saveSvg}>
          Download diagram (SVG)
        </Button>
        <Button icon={<ArrowDownloadRegular />} onClick={() => void savePng()} disabledFocusable={busy}>
          {busy ? 'Drawing the PNG…' : 'Download diagram (PNG)'}
        </Button>
      </div>
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>PNG export failed</MessageBarTitle>
            {problem}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
