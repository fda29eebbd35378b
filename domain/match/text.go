package match

import "fmt"

// The enums read and write their stable names as text, so that reasons,
// bands and reports stored as JSON stay readable and survive reordering.

// MarshalText writes the field's name.
func (f Field) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText reads a name written by MarshalText.
func (f *Field) UnmarshalText(b []byte) error {
	v, ok := parseField(string(b))
	if !ok {
		return fmt.Errorf("match: unknown field %q", b)
	}
	*f = v
	return nil
}

// MarshalText writes the level's name.
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText reads a name written by MarshalText.
func (l *Level) UnmarshalText(b []byte) error {
	v, ok := parseLevel(string(b))
	if !ok {
		return fmt.Errorf("match: unknown level %q", b)
	}
	*l = v
	return nil
}

// MarshalText writes the band's name.
func (b Band) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText reads a name written by MarshalText.
func (b *Band) UnmarshalText(t []byte) error {
	v, ok := ParseBand(string(t))
	if !ok {
		return fmt.Errorf("match: unknown band %q", t)
	}
	*b = v
	return nil
}

// MarshalText writes the key kind's name.
func (k KeyKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }
