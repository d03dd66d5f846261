extension SandboxOptions {
    /// The text of `blitz sandbox --help`.
    static let help = """
        Usage: blitz sandbox [flags]

        Runs a simulator of the Blitz customer API 2.7.1 over real HTTP. When it is ready it prints
        one line with its base URL and password on stdout; one line per request (method, path,
        status or "dropped", milliseconds) goes to stderr. Passwords and tokens are never logged.
        Ctrl-C (SIGINT) or SIGTERM stops it cleanly: it stops accepting connections, lets the
        requests being handled send their replies (up to 5 seconds), then exits.

        Flags:
          --host ADDR             numeric address to listen on (default 127.0.0.1; localhost works);
                                  anything but loopback prints a warning: a training room can reach it
          --port N                TCP port (default 0: a free port, printed when ready)
          --data DIR              keep state in DIR (default $XDG_DATA_HOME/blitz/sandbox, or
                                  ~/.local/share/blitz/sandbox); reused on the next start
          --memory                keep state in memory only; it is gone when the sandbox stops
          --password PW           the password every username signs in with (default sandbox)
          --token-ttl SECONDS     how long a token is valid (default 3600)
          --seed N                chooses the inventory; same seed, same numbers (default 1)
          --numbers N             inventory size of a new store (default 1000000)
          --latency MS            wait MS milliseconds before every reply (a token is checked as
                                  of the request's arrival, so the wait never expires it)
          --fail-rate P           answer a share P (0..1) of requests 503 before doing anything
          --drop-after-commit P   commit a share P of orders and returns, then close the connection
                                  without replying (the client cannot tell whether it happened)
          --search-cache N        keep up to N recent search replies, emptied by every order and
                                  return (default 4096; 0 turns it off, as for benchmarking)
          --help                  this text

        Routes (paths take one or two slashes after blitzapi, in any letter case):
          GET  /                               200, names the API version 2.7.1
          POST /blitzapi/User/SignIn           {"username","password"} -> {"JWT": token}
          GET  /blitzapi/ResourceGroups        [{"id","description","built"}]
          POST /blitzapi/SearchForNumbers      rules ratecenter, state, lata, startswith, endswith,
                                               contains (strings, AND-ed) and qty (1..500, default 1)
                                               -> [{"id","number","ratecenter","state","lata"}]
          POST /blitzapi//RequestNumbers       {"tnOrder":[{"id","resgroupid","prefix"?}]}
                                               -> one entry per id with "result" 1 (ordered) or 0
          POST /blitzapi//ReturnNumbers        {"tnReturn":[{"number"}]} -> 200, no body
          GET  /blitzapi/Assigned[/NUMBER]     [{"number","outpulsed","trunkgroup_id"}]; NUMBER is
                                               ten digits
        Every route but / and SignIn needs "Authorization: Bearer <token>".

        Behaviour:
          Any username signs in with the password; each username is its own account, created at
          first sign-in with two built resource groups and one unbuilt one (listed last). Accounts
          see, order into and return only their own numbers and groups. Returning a number the
          account does not hold is ignored (still 200), so nothing reveals what others hold.
          An order line gets result 0 for an unknown or taken id, another account's or an unbuilt
          group, or a prefix that is not up to 16 digits. outpulsed is the prefix then the number.
          Search returns available numbers lowest id first; nothing found is 200 []; fewer than qty
          is 412 "Partial Fulfillment" with "Result"; qty outside 1..500 is 412 "Invalid Quantity".
          Search patterns must be digits, and state, ratecenter are matched upper-cased.
          Tokens are HS256 JWTs (claims id, iat, exp) signed with a key kept in the store, so with
          --data they stay valid across restarts. Missing, malformed, forged or expired: 401.

        Errors (all JSON {"message": ...}):
          400 "Data error, please retry"   malformed JSON, wrong types, unknown fields, empty body,
                                           no search rule, empty or non-digit pattern, an
                                           Assigned/NUMBER that is not ten digits
          413 "Data error, please retry"   body over 1 MiB
          431 request headers over 16 KiB (over 256 KiB, libmicrohttpd's own HTML page)
          404 unknown path, 405 wrong method (with Allow), 503 from --fail-rate

        Inventory: real NANP exchanges from Google's libphonenumber geocoding data (Apache-2.0);
        rate center = locality upper-cased without spaces or punctuation, at most 10 characters;
        LATA simulated per rate center. 3212031886 WINTERPARK FL LATA 458 is always present.
        """
}
