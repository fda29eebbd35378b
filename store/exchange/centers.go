package exchange

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/store"
)

// centerResolver gives each row its owning center.
type centerResolver struct {
	user  domain.User                // rows of centers the user may not import into are rejected
	fixed domain.CenterID            // Options.Center, when set
	byKey map[string]domain.CenterID // folded name → center
	// the last cell seen and its answer: rows come grouped by center, so
	// this spares folding the name on nearly every row.
	lastRaw           string
	lastID            domain.CenterID
	lastCode, lastWhy string
	haveLast          bool
}

// resolveCenters matches the centers pass 1 found against the database and
// creates the missing ones when asked. It runs after pass 1, so a broken
// file creates no center.
func resolveCenters(st Sink, a store.Actor, opt Options, p *plan, rep *Report) (*centerResolver, error) {
	existing, err := st.Centers()
	if err != nil {
		return nil, err
	}
	cr := &centerResolver{user: a.User, byKey: make(map[string]domain.CenterID, len(existing))}
	for _, c := range existing {
		cr.byKey[headerKey(c.Name)] = c.ID
	}
	if opt.Center != "" {
		id, ok := FindCenter(existing, opt.Center)
		if !ok && !opt.CreateCenters {
			return nil, &FormatError{Code: "unknown_center", Value: opt.Center,
				Msg: "center " + strconv.Quote(opt.Center) + " is not in the database; " + knownCenters(existing)}
		}
		if !ok {
			if id, err = createCenter(st, a, opt, opt.Center, rep); err != nil {
				return nil, err
			}
		}
		if !domain.Can(a.User, domain.ActImport, domain.Target{Center: id}) {
			return nil, fmt.Errorf("import into center %q: %w", opt.Center, store.ErrDenied)
		}
		cr.fixed = id
		return cr, nil
	}
	for _, name := range p.centers {
		k := headerKey(name)
		if _, ok := cr.byKey[k]; ok {
			continue
		}
		if !opt.CreateCenters {
			rep.CentersUnknown = append(rep.CentersUnknown, name)
			continue
		}
		id, err := createCenter(st, a, opt, name, rep)
		if err != nil {
			return nil, err
		}
		cr.byKey[k] = id
	}
	return cr, nil
}

// createCenter creates a center, or in a dry run only lists it and hands
// out a stand-in number that is never written.
func createCenter(st Sink, a store.Actor, opt Options, name string, rep *Report) (domain.CenterID, error) {
	rep.CentersCreated = append(rep.CentersCreated, name)
	if opt.DryRun {
		return domain.CenterID(domain.MaxCenterID - len(rep.CentersCreated)), nil
	}
	c, err := st.CreateCenter(a, domain.Center{Name: name})
	if err != nil {
		return 0, fmt.Errorf("creating center %q: %w", name, err)
	}
	return c.ID, nil
}

// FindCenter finds a center by number, name (folded) or code, the way
// Options.Center does, so other commands name centers alike.
func FindCenter(cs []domain.Center, q string) (domain.CenterID, bool) {
	q = strings.TrimSpace(q)
	if n, err := strconv.ParseUint(q, 10, 32); err == nil {
		for _, c := range cs {
			if uint64(c.ID) == n {
				return c.ID, true
			}
		}
	}
	k := headerKey(q)
	for _, c := range cs {
		if headerKey(c.Name) == k || (c.Code != "" && headerKey(c.Code) == k) {
			return c.ID, true
		}
	}
	return 0, false
}

func knownCenters(cs []domain.Center) string {
	if len(cs) == 0 {
		return "the database has no centers yet (use --create-centers)"
	}
	names := make([]string, 0, len(cs))
	for _, c := range cs {
		names = append(names, strconv.FormatUint(uint64(c.ID), 10)+" "+c.Name)
	}
	if len(names) > 20 {
		names = append(names[:20], "…")
	}
	return "known centers: " + strings.Join(names, ", ")
}

// assign sets f's center from the row's center cell, or says why it cannot.
func (cr *centerResolver) assign(f *domain.File, raw string) (code, reason string) {
	if cr.fixed != 0 {
		f.Center = cr.fixed
		return "", ""
	}
	if !cr.haveLast || raw != cr.lastRaw {
		cr.lastRaw, cr.haveLast = raw, true
		cr.lastID, cr.lastCode, cr.lastWhy = 0, "", ""
		switch id, ok := cr.byKey[headerKey(raw)]; {
		case raw == "":
			cr.lastCode, cr.lastWhy = codeNoCenter, "the row names no center; fill the center column or use --center"
		case !ok:
			cr.lastCode, cr.lastWhy = codeUnknownCenter, "unknown center "+raw+"; use --create-centers or --center"
		case !domain.Can(cr.user, domain.ActImport, domain.Target{Center: id}):
			cr.lastCode, cr.lastWhy = codeDenied, "your role may not import into center "+raw
		default:
			cr.lastID = id
		}
	}
	f.Center = cr.lastID
	return cr.lastCode, cr.lastWhy
}
