package sync

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
	"github.com/parvande/parvande/store/dupes"
)

// TestImportFeedsReviewQueue: a family registered offline at a spoke and
// already served by the hub's center shows up in the hub's review queue
// once the spoke's bundle is imported, through the store's change events.
func TestImportFeedsReviewQueue(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 6))
	n := newNetwork(t, 1, 0, rng)
	sp := n.spokes[0]
	head := domain.Person{FirstName: "معصومه", LastName: "کاظمی", FatherName: "علی", Gender: domain.GenderFemale,
		BirthDate: fa.Date{Year: 1360, Month: 3, Day: 7}, Nationality: domain.NationalityIranian,
		NationalCode: domain.ParseNationalCode("1234567891"), Mobile: domain.ParseMobile("09351112233")}
	here, err := n.hub.st.CreateFile(sys, domain.File{Center: hubCenter, Head: head, Address: "خیابان امام رضا ۱۰"})
	must(t, err)
	svc := dupes.New(n.hub.st)
	must(t, svc.Load())
	changes := make(chan store.Change, 8)
	cancel := n.hub.st.Subscribe(func(c store.Change) { changes <- c })
	defer cancel()

	there, err := sp.st.CreateFile(sys, domain.File{Center: sp.center, Head: head, Address: "خیابان امام رضا ۱۰"})
	must(t, err)
	m, err := Export(sp.st, store.HubCenter, false, nil)
	must(t, err)
	_, err = Import(n.hub.st, sys, m.Data)
	must(t, err)
	select {
	case ch := <-changes:
		must(t, svc.Refresh(ch))
	case <-time.After(time.Second):
		t.Fatal("the import published no change")
	}
	coord := store.Actor{User: domain.User{ID: domain.NewID(0, 901), Login: "coord", Role: domain.RoleCoordinator}, Source: "test"}
	ps, err := svc.Queue(coord, dupes.QueueFilter{})
	must(t, err)
	found := false
	for _, p := range ps {
		if p.A == here.ID && p.B == there.ID || p.A == there.ID && p.B == here.ID {
			found = true
		}
	}
	if !found {
		t.Fatalf("the pair is not in the review queue: %+v", ps)
	}
}
