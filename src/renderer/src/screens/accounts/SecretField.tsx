import { useState } from 'react';
import { Field } from '../../components/Field';

interface SecretFieldProps {
  label: string;
  help: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}

/** A password input with a show/hide toggle; never autofilled or spell-checked. */
export function SecretField({ label, help, value, onChange, error, autoFocus }: SecretFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="secret-field">
      <Field
        label={label}
        type={visible ? 'text' : 'password'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        help={help}
        error={error}
        autoComplete="off"
        spellCheck={false}
        data-autofocus={autoFocus ? true : undefined}
      />
      <button
        type="button"
        className="button button--small secret-field__toggle"
        aria-pressed={visible}
        onClick={() => setVisible((v) => !v)}
      >
        {visible ? 'Hide' : 'Show'}
      </button>
    </div>
  );
}
