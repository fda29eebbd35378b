package fa

// Amounts are int64 Rial in records; people speak and type Toman (10 Rial).

// Unit is a currency unit of Iran.
type Unit uint8

const (
	Rial  Unit = iota // the unit of records
	Toman             // 10 Rial, the unit of speech
)

// Separators in Persian digit style: U+066C ARABIC THOUSANDS SEPARATOR and
// U+066B ARABIC DECIMAL SEPARATOR, as Iranian print uses them.
const (
	persianGroupSep   = "٬"
	persianDecimalSep = "٫"
)

// FormatGrouped formats n with thousands grouping: "1,234,567" in Latin
// digits, "۱٬۲۳۴٬۵۶۷" in Persian. Negative numbers get a leading '-'.
func FormatGrouped(n int64, d Digits) string {
	var buf [64]byte
	return string(appendGrouped(buf[:0], n < 0, absU(n), d))
}

// FormatToman formats a Rial amount as Toman, grouped, without a unit word
// (the UI adds the word from its catalog). An amount that is not a whole
// number of Toman shows one decimal: 125005 Rial → "12,500.5".
func FormatToman(rial int64, d Digits) string {
	u := absU(rial)
	var buf [64]byte
	b := appendGrouped(buf[:0], rial < 0, u/10, d)
	if frac := u % 10; frac != 0 {
		if d == PersianDigits {
			b = append(b, persianDecimalSep...)
			b = append(b, persianLead, persianZero+byte(frac))
		} else {
			b = append(b, '.', '0'+byte(frac))
		}
	}
	return string(b)
}

// absU returns |n| without overflow for math.MinInt64.
func absU(n int64) uint64 {
	if n < 0 {
		return -uint64(n)
	}
	return uint64(n)
}

// appendGrouped appends u in groups of three digits, with a sign if neg.
func appendGrouped(b []byte, neg bool, u uint64, d Digits) []byte {
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte(u % 10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if neg {
		b = append(b, '-')
	}
	n := len(digits) - i
	for k, v := range digits[i:] {
		if k > 0 && (n-k)%3 == 0 {
			if d == PersianDigits {
				b = append(b, persianGroupSep...)
			} else {
				b = append(b, ',')
			}
		}
		if d == PersianDigits {
			b = append(b, persianLead, persianZero+v)
		} else {
			b = append(b, '0'+v)
		}
	}
	return b
}
