import { useRef, useState, type DragEvent } from 'react';

interface DropZoneProps {
  onFile: (file: File) => void;
  busy?: boolean;
}

/** Drop a file, or choose one with the button (the keyboard way). */
export function DropZone({ onFile, busy = false }: DropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <p className="drop-zone__title">{busy ? 'Reading the file…' : 'Drop a CSV or text file here'}</p>
      <p className="muted">
        Exports from Excel, Google Sheets, CRMs and phone systems: any encoding, commas, semicolons, tabs or pipes.
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => input.current?.click()}
        disabled={busy}
        data-autofocus
      >
        Choose a file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
        hidden
        onChange={(e) => take(e.target.files)}
        data-testid="file-input"
      />
    </div>
  );
}
