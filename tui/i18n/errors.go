package i18n

import (
	"errors"
	"fmt"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/domain/match/pprl"
	"github.com/parvande/parvande/store"
)

// sentinels maps error values the user can cause to their messages.
var sentinels = []struct {
	err error
	key Key
}{
	{store.ErrNotFound, ErrNotFound},
	{store.ErrDenied, ErrDenied},
	{store.ErrConflict, ErrConflict},
	{store.ErrExists, ErrExists},
	{store.ErrBadLogin, ErrBadLogin},
	{store.ErrNewerSchema, ErrNewerSchema},
	{store.ErrNotParvande, ErrNotParvande},
	{store.ErrBadPair, ErrBadPair},
	{store.ErrCenterChange, ErrCenterChange},
	{store.ErrRefTaken, ErrRefTaken},
	{store.ErrUserCenter, ErrUserCenter},
	{store.ErrBadKey, ErrBadKey},
	{store.ErrKeyTaken, ErrKeyTaken},
	{store.ErrNoSuchKey, ErrNoSuchKey},
	{domain.ErrDateNotExist, ErrDateNotExist},
	{domain.ErrVisitKind, ErrVisitKind},
	{domain.ErrAidDate, ErrAidDate},
	{domain.ErrAidAmount, ErrAidAmount},
	{domain.ErrAidKind, ErrAidKind},
	{domain.ErrAidValue, ErrAidValue},
	{domain.ErrCenterName, ErrCenterName},
	{domain.ErrFileNoName, ErrFileNoName},
	{domain.ErrFileNoCenter, ErrFileNoCenter},
	{domain.ErrFileStatus, ErrFileStatus},
	{domain.ErrFileNegative, ErrFileNegative},
	{domain.ErrClosedReason, ErrClosedReason},
	{domain.ErrVisitDate, ErrVisitDate},
	{domain.ErrUserLogin, ErrUserLogin},
	{domain.ErrUserRole, ErrUserRole},
	{store.ErrRemoteOwner, ErrSyncRemoteOwner},
	{store.ErrSyncRole, ErrSyncRole},
	// The hub's encoded match index a spoke keeps beside its database.
	{pprl.ErrNotIndex, ErrIndexNotIndex},
	{pprl.ErrVersion, ErrIndexVersion},
	{pprl.ErrWrongKey, ErrIndexWrongKey},
	{pprl.ErrDamaged, ErrIndexDamaged},
}

// Err says what went wrong and what to do, in the translator's language.
// Errors it does not know show their text inside a generic message: still
// visible, never a crash. nil is "".
func (tr *T) Err(err error) string {
	if err == nil {
		return ""
	}
	var locked *store.LockedError
	if errors.As(err, &locked) {
		return tr.T(ErrLocked, locked.Path)
	}
	var de *fa.DateError
	if errors.As(err, &de) {
		return tr.dateErr(de)
	}
	if errors.Is(err, store.ErrWeakPassword) {
		return tr.T(SetupPassShort, store.MinPasswordLen)
	}
	if s, ok := tr.amountErr(err); ok {
		return s
	}
	if s, ok := tr.sheetErr(err); ok {
		return s
	}
	for _, s := range sentinels {
		if errors.Is(err, s.err) {
			return tr.T(s.key)
		}
	}
	return tr.T(Unexpected, err.Error())
}

func (tr *T) dateErr(e *fa.DateError) string {
	iso := e.Gregorian
	switch e.Kind {
	case fa.DateTwoDigitYear:
		if iso {
			return tr.T(ErrDateTwoDigitISO, e.Year, e.Year)
		}
		return tr.T(ErrDateTwoDigitYear, e.Year, e.Year)
	case fa.DateYearFirst:
		if iso {
			return tr.T(ErrDateYearFirstISO)
		}
		return tr.T(ErrDateYearFirst)
	case fa.DateYearRange:
		if iso {
			lo, _ := fa.Date{Year: fa.MinYear, Month: 1, Day: 1}.ISO()
			hi, _ := fa.Date{Year: fa.MaxYear, Month: 12, Day: 29}.ISO()
			return tr.T(ErrDateYearRangeISO, e.Year, tr.Digits(lo), tr.Digits(hi))
		}
		return tr.T(ErrDateYearRange, e.Year, fa.MinYear, fa.MaxYear)
	case fa.DateMonthRange:
		return tr.T(ErrDateMonthRange, e.Month)
	case fa.DateDayRange:
		if iso {
			return tr.T(ErrDateDayRangeISO, e.Day, tr.Digits(fmt.Sprintf("%04d-%02d", e.Year, e.Month)))
		}
		month := fa.Date{Year: e.Year, Month: e.Month}
		return tr.T(ErrDateDayRange, e.Day, tr.Digits(month.String()), fa.MonthDays(e.Year, e.Month))
	}
	if iso {
		return tr.T(ErrDateSyntaxISO)
	}
	return tr.T(ErrDateSyntax)
}

// amountErr maps the errors of fa.ParseAmount.
func (tr *T) amountErr(err error) (string, bool) {
	switch {
	case errors.Is(err, fa.ErrAmountEmpty):
		return tr.T(ErrAmountEmpty), true
	case errors.Is(err, fa.ErrAmountSyntax):
		return tr.T(ErrAmountSyntax), true
	case errors.Is(err, fa.ErrAmountRange):
		return tr.T(ErrAmountRange), true
	case errors.Is(err, fa.ErrAmountAmbiguous):
		return tr.T(ErrAmountAmbiguous), true
	}
	return "", false
}
