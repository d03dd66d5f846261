/// The text of `blitz --help`.
enum ShellHelp {
    static let text = """
        blitz: a shell for the Blitz Telecom customer API 2.7.1

        Usage:
          blitz [OPTIONS]                   interactive shell (on a terminal)
          blitz [OPTIONS] FILE.blitz        run a script
          blitz [OPTIONS] -c 'CMD; CMD'     run commands
          blitz [OPTIONS] < FILE            run commands read from standard input
          blitz [OPTIONS] check FILE...     check scripts without sending anything

        A script (a file, -c or standard input) is checked like blitz check before any of it
        runs: a problem that does not depend on the run (a syntax error, an unknown command,
        key or field, a bad literal number, selection or state code, a missing include) refuses
        all of it with exit 2, each problem listed as FILE:LINE:COLUMN. A problem in a word with
        a variable, or in what the run fetches or writes (an order --from file), is left to the
        run. Standard input is read whole first.
          blitz sandbox [OPTIONS]           run the API simulator (see blitz sandbox --help)

        Without --url or BLITZ_URL, blitz starts its embedded sandbox on a free loopback port
        (data under $XDG_DATA_HOME/blitz/sandbox) and signs in as the local user.

        Options:
          --url URL             the API to use (also BLITZ_URL)
          --user USER           sign in as USER (also BLITZ_USERNAME); the password comes from
                                BLITZ_PASSWORD or a prompt that does not echo
          --profile NAME        a section of $XDG_CONFIG_HOME/blitz/credentials (default: default)
          --json                print each command's result as one JSON document
          --format table|json|csv
          -c COMMANDS           run these commands, separated by ';'
          -v NAME=VALUE         set a script variable (repeatable)
          --echo                print each script command before it runs, the password and
                                token shown as [redacted]
          --dry-run             run read-only commands; each order and return only says what
                                it would send, and several get a total at the end
          --yes                 allow a script to order and return on a target other than
                                the embedded sandbox
          --timeout SECONDS     how long to wait for a reply (default 30)
          --cacert FILE         also trust this CA (PEM) for TLS; verification is always on
          --version             print the version
          -h, --help            print this help

        Each setting comes from the first of: a flag, the environment, the profile. A profile
        that names a url lends its username and password to that url only (however it is
        written: a trailing slash, letter case or a default port do not matter). The credentials
        file is refused when anyone but its owner may read or write it (chmod 600 fixes it).

        Inside the shell, 'help' lists the commands and 'help COMMAND' explains one.

        Environment:
          BLITZ_URL, BLITZ_USERNAME, BLITZ_PASSWORD   target and credentials
          BLITZ_SANDBOX_NUMBERS   inventory size of a newly seeded embedded sandbox (default 1000000)
          NO_COLOR                never colour the output

        Exit status:
          0  every command succeeded
          1  a command failed (a script stops at its first failure) or an expect did not hold
          2  usage or syntax error, or a script refused before it ran
          3  cannot reach or sign in to the API
          130, 143  a script stopped by Ctrl-C or SIGTERM, between commands

        """
}
