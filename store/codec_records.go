package store

import (
	"encoding/binary"
	"math"

	"github.com/parvande/parvande/domain"
)

// Format versions of the smaller records; see codec.go.
const (
	visitFormat    = 1
	aidFormat      = 1
	userFormat     = 2 // 2 adds RTLMode
	centerFormat   = 1
	linkFormat     = 1
	decisionFormat = 1
	auditFormat    = 1
)

// encodeVisit leaves out ID and File: they are the key.
func encodeVisit(v *domain.Visit) []byte {
	e := enc{b: make([]byte, 0, 64+len(v.Findings))}
	e.byte(visitFormat)
	e.date(v.Date)
	e.id(v.Caseworker)
	e.byte(byte(v.Kind))
	e.str(v.Findings)
	e.date(v.NextDue)
	e.time(v.CreatedAt)
	return seal(e.b, 0)
}

func decodeVisit(file, id domain.ID, b []byte) (domain.Visit, error) {
	d := newDec(b)
	d.version(visitFormat)
	v := domain.Visit{ID: id, File: file}
	v.Date = d.date()
	v.Caseworker = d.id()
	v.Kind = domain.VisitKind(d.byte())
	v.Findings = d.str()
	v.NextDue = d.date()
	v.CreatedAt = d.time()
	return v, d.done()
}

// encodeAid leaves out ID and File: they are the key.
func encodeAid(a *domain.Aid) []byte {
	e := enc{b: make([]byte, 0, 64+len(a.Description)+len(a.Funding))}
	e.byte(aidFormat)
	e.uint(uint64(a.Center))
	e.date(a.Date)
	e.byte(byte(a.Kind))
	e.int(a.Amount)
	e.int(int64(a.Quantity))
	e.str(a.Description)
	e.str(a.Funding)
	e.id(a.RecordedBy)
	e.time(a.CreatedAt)
	return seal(e.b, 0)
}

func decodeAid(file, id domain.ID, b []byte) (domain.Aid, error) {
	d := newDec(b)
	d.version(aidFormat)
	a := domain.Aid{ID: id, File: file}
	a.Center = domain.CenterID(d.uint32())
	a.Date = d.date()
	a.Kind = domain.AidKind(d.byte())
	a.Amount = d.int()
	a.Quantity = d.smallInt()
	a.Description = d.str()
	a.Funding = d.str()
	a.RecordedBy = d.id()
	a.CreatedAt = d.time()
	return a, d.done()
}

func encodeUser(u *domain.User) []byte {
	e := enc{b: make([]byte, 0, 160)}
	e.byte(userFormat)
	e.str(u.Login)
	e.str(u.Name)
	e.byte(byte(u.Role))
	e.uint(uint64(u.Center))
	e.str(u.Lang)
	e.bool(u.Disabled)
	e.str(u.PasswordHash)
	e.strs(u.Keys)
	e.time(u.CreatedAt)
	e.str(u.RTLMode)
	return seal(e.b, 0)
}

func decodeUser(id domain.ID, b []byte) (domain.User, error) {
	d := newDec(b)
	v := d.version(userFormat)
	u := domain.User{ID: id}
	u.Login = d.str()
	u.Name = d.str()
	u.Role = domain.Role(d.byte())
	u.Center = domain.CenterID(d.uint32())
	u.Lang = d.str()
	u.Disabled = d.bool()
	u.PasswordHash = d.str()
	u.Keys = d.strs()
	u.CreatedAt = d.time()
	if v >= 2 {
		u.RTLMode = d.str()
	}
	return u, d.done()
}

func encodeCenter(c *domain.Center) []byte {
	e := enc{b: make([]byte, 0, 96)}
	e.byte(centerFormat)
	e.str(c.Name)
	e.str(c.Code)
	e.str(c.Neighborhood)
	e.time(c.CreatedAt)
	return seal(e.b, 0)
}

func decodeCenter(id domain.CenterID, b []byte) (domain.Center, error) {
	d := newDec(b)
	d.version(centerFormat)
	c := domain.Center{ID: id}
	c.Name = d.str()
	c.Code = d.str()
	c.Neighborhood = d.str()
	c.CreatedAt = d.time()
	return c, d.done()
}

func encodeLink(l *domain.Link) []byte {
	e := enc{b: make([]byte, 0, 64+len(l.Note))}
	e.byte(linkFormat)
	e.id(l.A)
	e.id(l.B)
	e.id(l.By)
	e.time(l.At)
	e.str(l.Note)
	e.id(l.UnlinkedBy)
	e.time(l.UnlinkedAt)
	return seal(e.b, 0)
}

func decodeLink(id domain.ID, b []byte) (domain.Link, error) {
	d := newDec(b)
	d.version(linkFormat)
	l := domain.Link{ID: id}
	l.A = d.id()
	l.B = d.id()
	l.By = d.id()
	l.At = d.time()
	l.Note = d.str()
	l.UnlinkedBy = d.id()
	l.UnlinkedAt = d.time()
	return l, d.done()
}

// encodeDecision stores the whole decision; its key is A and B.
func encodeDecision(x *domain.Decision) []byte {
	e := enc{b: make([]byte, 0, 64+len(x.Note))}
	e.byte(decisionFormat)
	e.id(x.A)
	e.id(x.B)
	e.byte(byte(x.Verdict))
	e.b = binary.BigEndian.AppendUint64(e.b, math.Float64bits(x.Score))
	e.str(x.Note)
	e.id(x.By)
	e.time(x.At)
	return seal(e.b, 0)
}

func decodeDecision(b []byte) (domain.Decision, error) {
	d := newDec(b)
	d.version(decisionFormat)
	var x domain.Decision
	x.A = d.id()
	x.B = d.id()
	x.Verdict = domain.Verdict(d.byte())
	var bits uint64
	for i := 0; i < 8; i++ {
		bits = bits<<8 | uint64(d.byte())
	}
	x.Score = math.Float64frombits(bits)
	x.Note = d.str()
	x.By = d.id()
	x.At = d.time()
	return x, d.done()
}

// encodeAudit stores the whole event, id and time included, so an event
// reads the same whichever index led to it.
func encodeAudit(ev *domain.AuditEvent) []byte {
	n := 96 + len(ev.Note)
	for _, c := range ev.Changes {
		n += 3 + len(c.Field) + len(c.Before) + len(c.After)
	}
	e := enc{b: make([]byte, 0, n)}
	e.byte(auditFormat)
	e.id(ev.ID)
	e.time(ev.At)
	e.id(ev.Actor)
	e.str(ev.Login)
	e.str(ev.Source)
	e.byte(byte(ev.Action))
	e.str(ev.Kind)
	e.id(ev.Target)
	e.id(ev.File)
	e.uint(uint64(ev.Center))
	e.uint(uint64(len(ev.Changes)))
	for _, c := range ev.Changes {
		e.str(c.Field)
		e.str(c.Before)
		e.str(c.After)
	}
	e.str(ev.Note)
	return seal(e.b, 0)
}

func decodeAudit(b []byte) (domain.AuditEvent, error) {
	d := newDec(b)
	d.version(auditFormat)
	var ev domain.AuditEvent
	ev.ID = d.id()
	ev.At = d.time()
	ev.Actor = d.id()
	ev.Login = d.str()
	ev.Source = d.str()
	ev.Action = domain.Action(d.byte())
	ev.Kind = d.str()
	ev.Target = d.id()
	ev.File = d.id()
	ev.Center = domain.CenterID(d.uint32())
	if n := d.count(3); n > 0 {
		ev.Changes = make([]domain.FieldChange, n)
		for i := range ev.Changes {
			c := &ev.Changes[i]
			c.Field = d.str()
			c.Before = d.str()
			c.After = d.str()
		}
	}
	ev.Note = d.str()
	return ev, d.done()
}
