//! Reads one screen request (`{ asOf, lang, profile }`) as JSON on standard input and prints the
//! screen as JSON: for trying profiles by hand.
mod shared;

fn main() {
    shared::answer_stdin(joseikin::screen);
}
