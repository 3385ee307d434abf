# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_apa_global_optspecs
    string join \n color= v/verbose no-cache csv-raw h/help V/version
end

function __fish_apa_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_apa_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_apa_using_subcommand
    set -l cmd (__fish_apa_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c apa -n "__fish_apa_needs_command" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_needs_command" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_needs_command" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_needs_command" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_needs_command" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_needs_command" -s V -l version -d 'Print version'
complete -c apa -n "__fish_apa_needs_command" -f -a "fetch" -d 'Download every children\'s services publication on Ofsted\'s reports site into a local library (only what it lacks), which every command then reads'
complete -c apa -n "__fish_apa_needs_command" -f -a "library" -d 'What the library `apa fetch` keeps holds: councils, documents by label and year, dead links'
complete -c apa -n "__fish_apa_needs_command" -f -a "parse" -d 'Parse reports into typed records (JSON)'
complete -c apa -n "__fish_apa_needs_command" -f -a "grades" -d 'One row per graded judgement: council, year, kind, scope, area, grade as printed, level, score, source'
complete -c apa -n "__fish_apa_needs_command" -f -a "findings" -d 'One row per strength, area for improvement, area for exploration or action'
complete -c apa -n "__fish_apa_needs_command" -f -a "inspections" -d 'One row per inspection or letter, each judgement a column; --latest, --summary'
complete -c apa -n "__fish_apa_needs_command" -f -a "themes" -d 'The most common themes of what needs to improve, with counts, councils and an example'
complete -c apa -n "__fish_apa_needs_command" -f -a "compare" -d 'Councils side by side: grades, strengths and areas for improvement, shared weaknesses'
complete -c apa -n "__fish_apa_needs_command" -f -a "trend" -d 'One council\'s grades over the years, with each value\'s source and any disagreement'
complete -c apa -n "__fish_apa_needs_command" -f -a "councils" -d 'The councils apa knows, with LA and ONS codes and regions'
complete -c apa -n "__fish_apa_needs_command" -f -a "export" -d 'The data set as an Excel workbook: inspections, latest grades, grades, findings, summary, sources'
complete -c apa -n "__fish_apa_needs_command" -f -a "report" -d 'One self-contained HTML page: a grade heatmap, each council\'s timeline, summaries, provenance'
complete -c apa -n "__fish_apa_needs_command" -f -a "check" -d 'For CI: whether each file parsed and has every judgement its framework requires; policy checks on grades'
complete -c apa -n "__fish_apa_needs_command" -f -a "schema" -d 'The JSON Schema of the records `apa parse` writes'
complete -c apa -n "__fish_apa_needs_command" -f -a "cache" -d 'The cache of parsed records: clear it, or see where it is and what it holds'
complete -c apa -n "__fish_apa_needs_command" -f -a "completions" -d 'A shell\'s completion script for apa (bash, zsh, fish, elvish, powershell)'
complete -c apa -n "__fish_apa_needs_command" -f -a "man" -d 'apa\'s manual page (roff), e.g. `apa man > apa.1`'
complete -c apa -n "__fish_apa_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c apa -n "__fish_apa_using_subcommand fetch" -l council -d 'Only this council (any spelling, or its LA or ONS code); repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand fetch" -l region -d 'Only councils in this region ("London", "north west"; case and spacing ignored)' -r
complete -c apa -n "__fish_apa_using_subcommand fetch" -l since -d 'Only publications published on or after this date (YYYY-MM-DD, or a year)' -r
complete -c apa -n "__fish_apa_using_subcommand fetch" -l kind -d 'Only publications whose label on the site holds these words ("focused visit", "joint area", "send"; case and spacing ignored); repeatable. A downloaded file\'s kind is decided by reading it, not by its label' -r
complete -c apa -n "__fish_apa_using_subcommand fetch" -l library -d 'The library `apa fetch` keeps and the commands read when no PATH or --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library]' -r -F
complete -c apa -n "__fish_apa_using_subcommand fetch" -l site -d 'The reports site, or a mirror of it' -r
complete -c apa -n "__fish_apa_using_subcommand fetch" -l delay -d 'Seconds between the start of one request and the next' -r
complete -c apa -n "__fish_apa_using_subcommand fetch" -l timeout -d 'Seconds a file\'s download may take (a page\'s: at most 10)' -r
complete -c apa -n "__fish_apa_using_subcommand fetch" -l retries -d 'Tries after the first, for timeouts, resets and server errors (never for a 404)' -r
complete -c apa -n "__fish_apa_using_subcommand fetch" -l backoff -d 'Seconds before the first retry; each later one waits twice as long, with jitter' -r
complete -c apa -n "__fish_apa_using_subcommand fetch" -l format -d 'The --dry-run list\'s format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
markdown\t''"
complete -c apa -n "__fish_apa_using_subcommand fetch" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand fetch" -l neighbours -d 'With --council: each council\'s statistical neighbours too'
complete -c apa -n "__fish_apa_using_subcommand fetch" -l dry-run -d 'List what would be downloaded (only pages are requested; nothing is written)'
complete -c apa -n "__fish_apa_using_subcommand fetch" -l status -d 'Say what the library holds (as `apa library` does) and fetch nothing'
complete -c apa -n "__fish_apa_using_subcommand fetch" -l recheck -d 'Ask again for publications the manifest records as dead links'
complete -c apa -n "__fish_apa_using_subcommand fetch" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand fetch" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand fetch" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand fetch" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand library" -l library -d 'The library `apa fetch` keeps and the commands read when no PATH or --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library]' -r -F
complete -c apa -n "__fish_apa_using_subcommand library" -l format -d 'table and markdown say what the library holds; csv, json and jsonl give the manifest\'s rows' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
markdown\t''"
complete -c apa -n "__fish_apa_using_subcommand library" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand library" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand library" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand library" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand library" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand parse" -l dir -d 'A folder of reports to read when no PATH is given' -r -F
complete -c apa -n "__fish_apa_using_subcommand parse" -l library -d 'The library `apa fetch` keeps and the commands read when no PATH or --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library]' -r -F
complete -c apa -n "__fish_apa_using_subcommand parse" -l format -d 'json (an array of records), jsonl (one record a line), or table/csv/markdown (one summary row a record)' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
markdown\t''"
complete -c apa -n "__fish_apa_using_subcommand parse" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand parse" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand parse" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand parse" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand parse" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand grades" -l dir -d 'A folder of reports to read when no PATH is given' -r -F
complete -c apa -n "__fish_apa_using_subcommand grades" -l library -d 'The library `apa fetch` keeps and the commands read when no PATH or --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library]' -r -F
complete -c apa -n "__fish_apa_using_subcommand grades" -l council -d 'Only this council (any spelling, or its LA or ONS code); repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand grades" -l region -d 'Only councils in this region ("London", "north west"; case and spacing ignored)' -r
complete -c apa -n "__fish_apa_using_subcommand grades" -l year -d 'Only judgements about this year; repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand grades" -l kind -d 'Only this kind of document; repeatable' -r -f -a "apa_letter\t'an annual performance assessment letter'
safeguarding_lac_inspection\t'an inspection of safeguarding and looked after children services'
council_report\t'a council paper quoting Ofsted ratings'
children_plan\t'a children and young people\'s plan quoting its grades'
sif_inspection\t'a single inspection framework report'
ilacs_inspection\t'an inspection of local authority children\'s services'
childrens_services_assessment\t'an annual children\'s services assessment'
lac_inspection\t'an inspection of looked after children services'
child_protection_inspection\t'an inspection of arrangements for the protection of children'
focused_visit\t'a focused visit letter'
monitoring_visit\t'a monitoring visit letter'
jtai_letter\t'a joint targeted area inspection letter'
send_area_inspection\t'an area SEND inspection'"
complete -c apa -n "__fish_apa_using_subcommand grades" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
markdown\t''"
complete -c apa -n "__fish_apa_using_subcommand grades" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand grades" -l neighbours -d 'With --council: each council\'s statistical neighbours too (DfE\'s ten nearest, as `apa councils --format csv` lists them)'
complete -c apa -n "__fish_apa_using_subcommand grades" -l matrix -d 'A matrix instead of rows: councils and years down, judgements across. Table and markdown show the grades; CSV is wide (a column per judgement, holding its level); JSON gives each cell with its sources; JSON lines stay one judgement per line'
complete -c apa -n "__fish_apa_using_subcommand grades" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand grades" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand grades" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand grades" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c apa -n "__fish_apa_using_subcommand findings" -l dir -d 'A folder of reports to read when no PATH is given' -r -F
complete -c apa -n "__fish_apa_using_subcommand findings" -l library -d 'The library `apa fetch` keeps and the commands read when no PATH or --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library]' -r -F
complete -c apa -n "__fish_apa_using_subcommand findings" -l council -d 'Only this council (any spelling, or its LA or ONS code); repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand findings" -l region -d 'Only councils in this region ("London", "north west"; case and spacing ignored)' -r
complete -c apa -n "__fish_apa_using_subcommand findings" -l year -d 'Only judgements about this year; repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand findings" -l kind -d 'Only this kind of document; repeatable' -r -f -a "apa_letter\t'an annual performance assessment letter'
safeguarding_lac_inspection\t'an inspection of safeguarding and looked after children services'
council_report\t'a council paper quoting Ofsted ratings'
children_plan\t'a children and young people\'s plan quoting its grades'
sif_inspection\t'a single inspection framework report'
ilacs_inspection\t'an inspection of local authority children\'s services'
childrens_services_assessment\t'an annual children\'s services assessment'
lac_inspection\t'an inspection of looked after children services'
child_protection_inspection\t'an inspection of arrangements for the protection of children'
focused_visit\t'a focused visit letter'
monitoring_visit\t'a monitoring visit letter'
jtai_letter\t'a joint targeted area inspection letter'
send_area_inspection\t'an area SEND inspection'"
complete -c apa -n "__fish_apa_using_subcommand findings" -l finding -d 'Only this kind of finding; repeatable' -r -f -a "strength\t''
area_for_improvement\t''
area_for_exploration\t''
action\t''
priority_action\t''"
complete -c apa -n "__fish_apa_using_subcommand findings" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
markdown\t''"
complete -c apa -n "__fish_apa_using_subcommand findings" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand findings" -l neighbours -d 'With --council: each council\'s statistical neighbours too (DfE\'s ten nearest, as `apa councils --format csv` lists them)'
complete -c apa -n "__fish_apa_using_subcommand findings" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand findings" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand findings" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand findings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c apa -n "__fish_apa_using_subcommand inspections" -l dir -d 'A folder of reports to read when no PATH is given' -r -F
complete -c apa -n "__fish_apa_using_subcommand inspections" -l library -d 'The library `apa fetch` keeps and the commands read when no PATH or --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library]' -r -F
complete -c apa -n "__fish_apa_using_subcommand inspections" -l council -d 'Only this council (any spelling, or its LA or ONS code); repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand inspections" -l region -d 'Only councils in this region ("London", "north west"; case and spacing ignored)' -r
complete -c apa -n "__fish_apa_using_subcommand inspections" -l year -d 'Only judgements about this year; repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand inspections" -l kind -d 'Only this kind of document; repeatable' -r -f -a "apa_letter\t'an annual performance assessment letter'
safeguarding_lac_inspection\t'an inspection of safeguarding and looked after children services'
council_report\t'a council paper quoting Ofsted ratings'
children_plan\t'a children and young people\'s plan quoting its grades'
sif_inspection\t'a single inspection framework report'
ilacs_inspection\t'an inspection of local authority children\'s services'
childrens_services_assessment\t'an annual children\'s services assessment'
lac_inspection\t'an inspection of looked after children services'
child_protection_inspection\t'an inspection of arrangements for the protection of children'
focused_visit\t'a focused visit letter'
monitoring_visit\t'a monitoring visit letter'
jtai_letter\t'a joint targeted area inspection letter'
send_area_inspection\t'an area SEND inspection'"
complete -c apa -n "__fish_apa_using_subcommand inspections" -l since -d 'Only documents dated on or after this day (inspection end, else publication or letter; YYYY-MM-DD)' -r
complete -c apa -n "__fish_apa_using_subcommand inspections" -l until -d 'Only documents dated on or before this day (YYYY-MM-DD)' -r
complete -c apa -n "__fish_apa_using_subcommand inspections" -l by -d 'With --summary: one group per region instead of England as a whole' -r -f -a "region\t''"
complete -c apa -n "__fish_apa_using_subcommand inspections" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
markdown\t''"
complete -c apa -n "__fish_apa_using_subcommand inspections" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand inspections" -l neighbours -d 'With --council: each council\'s statistical neighbours too (DfE\'s ten nearest, as `apa councils --format csv` lists them)'
complete -c apa -n "__fish_apa_using_subcommand inspections" -l latest -d 'Each council\'s most recent graded document only'
complete -c apa -n "__fish_apa_using_subcommand inspections" -l summary -d 'Counts and shares of each level per judgement instead of rows'
complete -c apa -n "__fish_apa_using_subcommand inspections" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand inspections" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand inspections" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand inspections" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c apa -n "__fish_apa_using_subcommand themes" -l dir -d 'A folder of reports to read when no PATH is given' -r -F
complete -c apa -n "__fish_apa_using_subcommand themes" -l library -d 'The library `apa fetch` keeps and the commands read when no PATH or --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library]' -r -F
complete -c apa -n "__fish_apa_using_subcommand themes" -l council -d 'Only this council (any spelling, or its LA or ONS code); repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand themes" -l region -d 'Only councils in this region ("London", "north west"; case and spacing ignored)' -r
complete -c apa -n "__fish_apa_using_subcommand themes" -l year -d 'Only judgements about this year; repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand themes" -l kind -d 'Only this kind of document; repeatable' -r -f -a "apa_letter\t'an annual performance assessment letter'
safeguarding_lac_inspection\t'an inspection of safeguarding and looked after children services'
council_report\t'a council paper quoting Ofsted ratings'
children_plan\t'a children and young people\'s plan quoting its grades'
sif_inspection\t'a single inspection framework report'
ilacs_inspection\t'an inspection of local authority children\'s services'
childrens_services_assessment\t'an annual children\'s services assessment'
lac_inspection\t'an inspection of looked after children services'
child_protection_inspection\t'an inspection of arrangements for the protection of children'
focused_visit\t'a focused visit letter'
monitoring_visit\t'a monitoring visit letter'
jtai_letter\t'a joint targeted area inspection letter'
send_area_inspection\t'an area SEND inspection'"
complete -c apa -n "__fish_apa_using_subcommand themes" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
markdown\t''"
complete -c apa -n "__fish_apa_using_subcommand themes" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand themes" -l neighbours -d 'With --council: each council\'s statistical neighbours too (DfE\'s ten nearest, as `apa councils --format csv` lists them)'
complete -c apa -n "__fish_apa_using_subcommand themes" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand themes" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand themes" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand themes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c apa -n "__fish_apa_using_subcommand compare" -l year -d 'Compare these years (repeatable). Default: each council\'s latest report of the most recent kind they all have (years may differ; the output says which); where they share no kind, each council\'s latest year with grades' -r
complete -c apa -n "__fish_apa_using_subcommand compare" -l region -d 'Add every council of this region that has reports ("London", "north west")' -r
complete -c apa -n "__fish_apa_using_subcommand compare" -l reports -d 'Report files or folders to read instead of --dir or the built-in samples (repeatable)' -r -F
complete -c apa -n "__fish_apa_using_subcommand compare" -l dir -d 'A folder of reports to read instead of the library or the built-in samples' -r -F
complete -c apa -n "__fish_apa_using_subcommand compare" -l library -d 'The library `apa fetch` keeps and the commands read when no PATH or --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library]' -r -F
complete -c apa -n "__fish_apa_using_subcommand compare" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
markdown\t''"
complete -c apa -n "__fish_apa_using_subcommand compare" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand compare" -l neighbours -d 'Add each council\'s statistical neighbours that have reports'
complete -c apa -n "__fish_apa_using_subcommand compare" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand compare" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand compare" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand compare" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand trend" -l reports -d 'Report files or folders to read instead of --dir or the built-in samples (repeatable)' -r -F
complete -c apa -n "__fish_apa_using_subcommand trend" -l dir -d 'A folder of reports to read instead of the library or the built-in samples' -r -F
complete -c apa -n "__fish_apa_using_subcommand trend" -l library -d 'The library `apa fetch` keeps and the commands read when no PATH or --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library]' -r -F
complete -c apa -n "__fish_apa_using_subcommand trend" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
markdown\t''"
complete -c apa -n "__fish_apa_using_subcommand trend" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand trend" -l neighbours -d 'The council\'s statistical neighbours that have reports too, each after it (JSON: an array of trends)'
complete -c apa -n "__fish_apa_using_subcommand trend" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand trend" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand trend" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand trend" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand councils" -l region -d 'Only councils in this region (e.g. "London", "north west"; case and spacing ignored)' -r
complete -c apa -n "__fish_apa_using_subcommand councils" -l format -d 'Output format' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
markdown\t''"
complete -c apa -n "__fish_apa_using_subcommand councils" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand councils" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand councils" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand councils" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand councils" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand export" -l dir -d 'A folder of reports to read when no PATH is given' -r -F
complete -c apa -n "__fish_apa_using_subcommand export" -l library -d 'The library `apa fetch` keeps and the commands read when no PATH or --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library]' -r -F
complete -c apa -n "__fish_apa_using_subcommand export" -l council -d 'Only this council (any spelling, or its LA or ONS code); repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand export" -l region -d 'Only councils in this region ("London", "north west"; case and spacing ignored)' -r
complete -c apa -n "__fish_apa_using_subcommand export" -l year -d 'Only judgements about this year; repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand export" -l kind -d 'Only this kind of document; repeatable' -r -f -a "apa_letter\t'an annual performance assessment letter'
safeguarding_lac_inspection\t'an inspection of safeguarding and looked after children services'
council_report\t'a council paper quoting Ofsted ratings'
children_plan\t'a children and young people\'s plan quoting its grades'
sif_inspection\t'a single inspection framework report'
ilacs_inspection\t'an inspection of local authority children\'s services'
childrens_services_assessment\t'an annual children\'s services assessment'
lac_inspection\t'an inspection of looked after children services'
child_protection_inspection\t'an inspection of arrangements for the protection of children'
focused_visit\t'a focused visit letter'
monitoring_visit\t'a monitoring visit letter'
jtai_letter\t'a joint targeted area inspection letter'
send_area_inspection\t'an area SEND inspection'"
complete -c apa -n "__fish_apa_using_subcommand export" -s o -l output -d 'The workbook to write (.xlsx); an existing one is replaced' -r -F
complete -c apa -n "__fish_apa_using_subcommand export" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand export" -l neighbours -d 'With --council: each council\'s statistical neighbours too (DfE\'s ten nearest, as `apa councils --format csv` lists them)'
complete -c apa -n "__fish_apa_using_subcommand export" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand export" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand export" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c apa -n "__fish_apa_using_subcommand report" -l dir -d 'A folder of reports to read when no PATH is given' -r -F
complete -c apa -n "__fish_apa_using_subcommand report" -l library -d 'The library `apa fetch` keeps and the commands read when no PATH or --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library]' -r -F
complete -c apa -n "__fish_apa_using_subcommand report" -l council -d 'Only this council (any spelling, or its LA or ONS code); repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand report" -l region -d 'Only councils in this region ("London", "north west"; case and spacing ignored)' -r
complete -c apa -n "__fish_apa_using_subcommand report" -l year -d 'Only judgements about this year; repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand report" -l kind -d 'Only this kind of document; repeatable' -r -f -a "apa_letter\t'an annual performance assessment letter'
safeguarding_lac_inspection\t'an inspection of safeguarding and looked after children services'
council_report\t'a council paper quoting Ofsted ratings'
children_plan\t'a children and young people\'s plan quoting its grades'
sif_inspection\t'a single inspection framework report'
ilacs_inspection\t'an inspection of local authority children\'s services'
childrens_services_assessment\t'an annual children\'s services assessment'
lac_inspection\t'an inspection of looked after children services'
child_protection_inspection\t'an inspection of arrangements for the protection of children'
focused_visit\t'a focused visit letter'
monitoring_visit\t'a monitoring visit letter'
jtai_letter\t'a joint targeted area inspection letter'
send_area_inspection\t'an area SEND inspection'"
complete -c apa -n "__fish_apa_using_subcommand report" -s o -l output -d 'The page to write (.html); an existing one is replaced' -r -F
complete -c apa -n "__fish_apa_using_subcommand report" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand report" -l neighbours -d 'With --council: each council\'s statistical neighbours too (DfE\'s ten nearest, as `apa councils --format csv` lists them)'
complete -c apa -n "__fish_apa_using_subcommand report" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand report" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand report" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c apa -n "__fish_apa_using_subcommand check" -l dir -d 'A folder of reports to read when no PATH is given' -r -F
complete -c apa -n "__fish_apa_using_subcommand check" -l library -d 'The library `apa fetch` keeps and the commands read when no PATH or --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library]' -r -F
complete -c apa -n "__fish_apa_using_subcommand check" -l fail-below -d 'Fail (exit 1) if any selected judgement is below this level: outstanding, good, adequate (= requires improvement), inadequate' -r
complete -c apa -n "__fish_apa_using_subcommand check" -l council -d 'Only check reports about this council (any spelling or code); repeatable' -r
complete -c apa -n "__fish_apa_using_subcommand check" -l area -d 'The judgement areas --fail-below applies to (e.g. overall_effectiveness); repeatable. Default: all' -r
complete -c apa -n "__fish_apa_using_subcommand check" -l format -d 'Output format: table, json, jsonl, csv or markdown' -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
markdown\t''"
complete -c apa -n "__fish_apa_using_subcommand check" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand check" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand check" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand check" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand check" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand schema" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand schema" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand schema" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand schema" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand schema" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand cache; and not __fish_seen_subcommand_from clear info help" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand cache; and not __fish_seen_subcommand_from clear info help" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand cache; and not __fish_seen_subcommand_from clear info help" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand cache; and not __fish_seen_subcommand_from clear info help" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand cache; and not __fish_seen_subcommand_from clear info help" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand cache; and not __fish_seen_subcommand_from clear info help" -f -a "clear" -d 'Remove every cached record'
complete -c apa -n "__fish_apa_using_subcommand cache; and not __fish_seen_subcommand_from clear info help" -f -a "info" -d 'Where the cache is, how many records it holds and how much space they take'
complete -c apa -n "__fish_apa_using_subcommand cache; and not __fish_seen_subcommand_from clear info help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from clear" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from clear" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from clear" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from info" -l format -r -f -a "table\t''
json\t''
jsonl\t''
csv\t''
markdown\t''"
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from info" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from info" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from info" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Remove every cached record'
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "info" -d 'Where the cache is, how many records it holds and how much space they take'
complete -c apa -n "__fish_apa_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c apa -n "__fish_apa_using_subcommand completions" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand completions" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand completions" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand completions" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand completions" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand man" -l color -d 'Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c apa -n "__fish_apa_using_subcommand man" -s v -l verbose -d 'Print each report\'s diagnostics (values that could not be read, sources that disagree) on stderr'
complete -c apa -n "__fish_apa_using_subcommand man" -l no-cache -d 'Neither read nor write the cache of parsed records'
complete -c apa -n "__fish_apa_using_subcommand man" -l csv-raw -d 'Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a \' so that it is read as text (OWASP\'s advice on CSV injection)'
complete -c apa -n "__fish_apa_using_subcommand man" -s h -l help -d 'Print help'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "fetch" -d 'Download every children\'s services publication on Ofsted\'s reports site into a local library (only what it lacks), which every command then reads'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "library" -d 'What the library `apa fetch` keeps holds: councils, documents by label and year, dead links'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "parse" -d 'Parse reports into typed records (JSON)'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "grades" -d 'One row per graded judgement: council, year, kind, scope, area, grade as printed, level, score, source'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "findings" -d 'One row per strength, area for improvement, area for exploration or action'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "inspections" -d 'One row per inspection or letter, each judgement a column; --latest, --summary'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "themes" -d 'The most common themes of what needs to improve, with counts, councils and an example'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "compare" -d 'Councils side by side: grades, strengths and areas for improvement, shared weaknesses'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "trend" -d 'One council\'s grades over the years, with each value\'s source and any disagreement'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "councils" -d 'The councils apa knows, with LA and ONS codes and regions'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "export" -d 'The data set as an Excel workbook: inspections, latest grades, grades, findings, summary, sources'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "report" -d 'One self-contained HTML page: a grade heatmap, each council\'s timeline, summaries, provenance'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "check" -d 'For CI: whether each file parsed and has every judgement its framework requires; policy checks on grades'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "schema" -d 'The JSON Schema of the records `apa parse` writes'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "cache" -d 'The cache of parsed records: clear it, or see where it is and what it holds'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "completions" -d 'A shell\'s completion script for apa (bash, zsh, fish, elvish, powershell)'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "man" -d 'apa\'s manual page (roff), e.g. `apa man > apa.1`'
complete -c apa -n "__fish_apa_using_subcommand help; and not __fish_seen_subcommand_from fetch library parse grades findings inspections themes compare trend councils export report check schema cache completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c apa -n "__fish_apa_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "clear" -d 'Remove every cached record'
complete -c apa -n "__fish_apa_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "info" -d 'Where the cache is, how many records it holds and how much space they take'
