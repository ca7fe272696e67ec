//! What the examples share: read one JSON request on standard input, answer it with `answer`, and
//! print the answer as JSON (exit 2 when the input is not JSON, 1 when the call is refused).
use std::io::Read;

pub fn answer_stdin<R: serde::Serialize>(answer: fn(&joseikin::Value) -> Result<R, joseikin::CallError>) {
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
    match answer(&request) {
        Ok(r) => println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default()),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
