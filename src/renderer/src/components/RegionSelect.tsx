import { regionCodes, regionName } from '../../../shared/regions';
import { SelectField } from './SelectField';

const common = ['US', 'CA', 'GB', 'FR', 'DE', 'ES', 'IT', 'AU', 'IN', 'BR', 'MX'];
const all = [...regionCodes].map((code) => ({ code, name: regionName(code) })).sort((a, b) => a.name.localeCompare(b.name));

/** The default country for numbers written without a country code. */
export function RegionSelect({
  value,
  onChange,
  label = 'Default country',
  help,
}: {
  value: string;
  onChange: (code: string) => void;
  label?: string;
  help?: string;
}) {
  return (
    <SelectField label={label} value={value} onChange={(e) => onChange(e.target.value)} help={help}>
      <optgroup label="Common">
        {common.map((code) => (
          <option key={`c-${code}`} value={code}>
            {regionName(code)}
          </option>
        ))}
      </optgroup>
      <optgroup label="All countries">
        {all.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </optgroup>
    </SelectField>
  );
}
