//! Reads one request as JSON on standard input and prints the answer as JSON: for trying rules by hand.
mod shared;

fn main() {
    shared::answer_stdin(joseikin::simulate);
}
