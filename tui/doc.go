// Package tui is the caseworker's workstation: a Bubble Tea (v1) program of
// screens on a stack under one root model.
//
// # Pieces
//
//   - App (app.go) is the root tea.Model: the screen stack, the status bar
//     (statusbar.go), the message line and the help footer. New builds one
//     for a session; Run runs it on the local terminal; Forward turns store
//     changes into ChangedMsg for a program (the SSH server reuses both).
//   - Session (session.go) is what all screens of one terminal share: the
//     store, the search index, the user, the translator (Tr) and the theme.
//   - Screen (screen.go) is the interface every screen implements; Capturer
//     lets a screen keep keys the root would take (? q esc).
//   - messages.go holds every message that crosses screens: navigation
//     (PushMsg, PopMsg, ReplaceMsg), requests to open screens built
//     elsewhere (OpenFileMsg, NewFileMsg, VisitsDueMsg), session events
//     (LoggedInMsg, SetLangMsg, LangChangedMsg, ChangedMsg) and the message
//     line (FlashMsg, ErrMsg).
//   - Screens (screens.go) are the constructor hooks the root calls for
//     those requests, so that no screen imports another.
//   - Field and FocusRing (field.go) are labelled text inputs for forms.
//   - i18n (subpackage) is every visible string; theme (subpackage) is every
//     style and the one path through which text reaches the screen.
//
// # Adding a screen
//
//  1. Write a type implementing Screen that keeps the *Session. Build its
//     styles and inputs from s.Theme (s.Theme.TextInput, s.Theme.Help) and
//     its text from s.Tr; render every piece of text with the theme's
//     Cell/Line/Row/Field/Input/Wrap so right-to-left layout works.
//  2. Do IO only in tea.Cmds that return your own message types; tag
//     answers (an id or a sequence number) since every non-key message is
//     given to every screen on the stack.
//  3. To be opened by another screen, add a hook to Screens and a message
//     to messages.go, handle it in App.open, and set the hook in
//     defaultScreens.
//  4. Report errors with Fail(err) (translated by Tr.Err) and successes with
//     Flash(text); return Pop to go back after a save.
//  5. Test with the driver in harness_test.go: a real store in a temp dir,
//     Update called directly and Cmds run synchronously; goldens at 100×30
//     with the Ascii profile (go test ./tui -update).
package tui
