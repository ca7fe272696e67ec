//! Reads one screen request (`{ asOf, lang, profile }`) as JSON on standard input and prints the
//! screen as JSON: for trying profiles by hand.
use std::io::Read;
fn main() {
    let mut s = String::new();
    if std::io::stdin().read_to_string(&mut s).is_err() {
        eprintln!("could not read standard input");
        std::process::exit(2);
    }
    let request: joseikin::Value = match serde_json::from_str(&s) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("not JSON: {e}");
            std::process::exit(2);
        }
    };
    match joseikin::screen(&request) {
        Ok(r) => println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default()),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
