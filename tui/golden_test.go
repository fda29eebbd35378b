package tui

import (
	"testing"

	"github.com/parvande/parvande/domain"
	"github.com/parvande/parvande/domain/fa"
	"github.com/parvande/parvande/store"
)

// Golden views of the main screens at 100×30, Ascii profile, in both
// languages. Run `go test ./tui -update` after a deliberate change and
// read the diff.

func TestGoldenLogin(t *testing.T) {
	for _, lang := range []string{"fa", "en"} {
		t.Run(lang, func(t *testing.T) {
			e := seed(t)
			d := start(t, e.st, e.ix, lang)
			d.typeText("admin")
			golden(t, "login_"+lang, d.view())
		})
	}
}

func TestGoldenSetup(t *testing.T) {
	for _, lang := range []string{"fa", "en"} {
		t.Run(lang, func(t *testing.T) {
			d := start(t, openStore(t), nil, lang)
			golden(t, "setup_"+lang, d.view())
		})
	}
}

func TestGoldenList(t *testing.T) {
	for _, lang := range []string{"fa", "en"} {
		t.Run(lang, func(t *testing.T) {
			e := seed(t)
			hs := households(t, e)
			f := hs["زهرا احمدی"]
			day := fa.Date{Year: 1403, Month: 8, Day: 20}
			if _, err := e.st.AddAid(store.Actor{User: e.admin}, domain.Aid{File: f.ID, Center: f.Center, Date: day, Kind: domain.AidFoodBasket, Amount: 2_000_000}); err != nil {
				t.Fatal(err)
			}
			e.ix.Put(f, day, fa.Date{})
			d := loggedIn(t, e, lang, Screens{})
			d.typeText("زهرا")
			golden(t, "list_"+lang, d.view())
		})
	}
}
