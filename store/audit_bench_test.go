package store

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/parvande/parvande/domain"
)

// BenchmarkAuditPage reads one page of the audit screen from a trail of
// 200,000 events: the newest page unfiltered, then filters that must walk
// far back (a login seen once at the start of the trail, one file).
func BenchmarkAuditPage(b *testing.B) {
	const n = 200_000
	s, err := Open(filepath.Join(b.TempDir(), "p.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; {
		err := s.db.Update(func(tx *bbolt.Tx) error {
			for j := 0; j < 10_000 && i < n; j, i = j+1, i+1 {
				login := fmt.Sprintf("user%d", i%50)
				if i == 0 {
					login = "rare"
				}
				a := Actor{User: domain.User{ID: domain.ID(i%50 + 1), Login: login}, Source: "192.0.2.1:5000"}
				ev := &domain.AuditEvent{Action: domain.ActFileEdit, Kind: kindFile, Target: domain.ID(i%5000 + 1),
					File: domain.ID(i%5000 + 1), Center: domain.CenterID(i%7 + 1),
					Changes: []domain.FieldChange{{Field: "head.mobile", Before: "09121234567", After: "09351234567"}}}
				if err := s.audit(tx, a, at.Add(time.Duration(i)*time.Second), ev); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	admin := Actor{User: domain.User{ID: 1, Role: domain.RoleAdmin}}
	sup := Actor{User: domain.User{ID: 2, Role: domain.RoleSupervisor, Center: 3}}
	for _, bc := range []struct {
		name string
		a    Actor
		f    AuditFilter
	}{
		{"newest", admin, AuditFilter{Limit: 101}},
		{"supervisor", sup, AuditFilter{Limit: 101}},
		{"one-file", admin, AuditFilter{Limit: 101, File: 17}},
		{"rare-login", admin, AuditFilter{Limit: 101, Login: "rare"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				evs, err := s.Audit(bc.a, bc.f)
				if err != nil || len(evs) == 0 {
					b.Fatal(err, len(evs))
				}
			}
		})
	}
}
