#compdef apa

autoload -U is-at-least

_apa() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_apa_commands" \
"*::: :->apa" \
&& ret=0
    case $state in
    (apa)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:apa-command-$line[1]:"
        case $line[1] in
            (fetch)
_arguments "${_arguments_options[@]}" : \
'*--council=[Only this council (any spelling, or its LA or ONS code); repeatable]:COUNCIL:_default' \
'--region=[Only councils in this region ("London", "north west"; case and spacing ignored)]:REGION:_default' \
'--since=[Only publications published on or after this date (YYYY-MM-DD, or a year)]:DATE:_default' \
'*--kind=[Only publications whose label on the site holds these words ("focused visit", "joint area", "send"; case and spacing ignored); repeatable. A downloaded file'\''s kind is decided by reading it, not by its label]:LABEL:_default' \
'--library=[The library \`apa fetch\` keeps and the commands read when no PATH or --dir is given \[default\: \$XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library\]]:DIR:_files' \
'--site=[The reports site, or a mirror of it]:URL:_default' \
'--delay=[Seconds between the start of one request and the next]:SECONDS:_default' \
'--timeout=[Seconds a file'\''s download may take (a page'\''s\: at most 10)]:SECONDS:_default' \
'--retries=[Tries after the first, for timeouts, resets and server errors (never for a 404)]:N:_default' \
'--backoff=[Seconds before the first retry; each later one waits twice as long, with jitter]:SECONDS:_default' \
'--format=[The --dry-run list'\''s format]:FORMAT:(table json jsonl csv markdown)' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'--neighbours[With --council\: each council'\''s statistical neighbours too]' \
'--dry-run[List what would be downloaded (only pages are requested; nothing is written)]' \
'(--dry-run)--status[Say what the library holds (as \`apa library\` does) and fetch nothing]' \
'--recheck[Ask again for publications the manifest records as dead links]' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(library)
_arguments "${_arguments_options[@]}" : \
'--library=[The library \`apa fetch\` keeps and the commands read when no PATH or --dir is given \[default\: \$XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library\]]:DIR:_files' \
'--format=[table and markdown say what the library holds; csv, json and jsonl give the manifest'\''s rows]:FORMAT:(table json jsonl csv markdown)' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(parse)
_arguments "${_arguments_options[@]}" : \
'--dir=[A folder of reports to read when no PATH is given]:DIR:_files' \
'--library=[The library \`apa fetch\` keeps and the commands read when no PATH or --dir is given \[default\: \$XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library\]]:DIR:_files' \
'--format=[json (an array of records), jsonl (one record a line), or table/csv/markdown (one summary row a record)]:FORMAT:(table json jsonl csv markdown)' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
'*::paths -- Report files or folders (PDF or text; folders are walked for *.pdf and *.txt). `-` reads standard input. With none, apa reads --dir, or else the sample reports built into apa:_files' \
&& ret=0
;;
(grades)
_arguments "${_arguments_options[@]}" : \
'--dir=[A folder of reports to read when no PATH is given]:DIR:_files' \
'--library=[The library \`apa fetch\` keeps and the commands read when no PATH or --dir is given \[default\: \$XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library\]]:DIR:_files' \
'*--council=[Only this council (any spelling, or its LA or ONS code); repeatable]:COUNCIL:_default' \
'--region=[Only councils in this region ("London", "north west"; case and spacing ignored)]:REGION:_default' \
'*--year=[Only judgements about this year; repeatable]:YEAR:_default' \
'*--kind=[Only this kind of document; repeatable]:KIND:((apa_letter\:"an annual performance assessment letter"
safeguarding_lac_inspection\:"an inspection of safeguarding and looked after children services"
council_report\:"a council paper quoting Ofsted ratings"
children_plan\:"a children and young people'\''s plan quoting its grades"
sif_inspection\:"a single inspection framework report"
ilacs_inspection\:"an inspection of local authority children'\''s services"
childrens_services_assessment\:"an annual children'\''s services assessment"
lac_inspection\:"an inspection of looked after children services"
child_protection_inspection\:"an inspection of arrangements for the protection of children"
focused_visit\:"a focused visit letter"
monitoring_visit\:"a monitoring visit letter"
jtai_letter\:"a joint targeted area inspection letter"
send_area_inspection\:"an area SEND inspection"))' \
'--format=[Output format]:FORMAT:(table json jsonl csv markdown)' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'--neighbours[With --council\: each council'\''s statistical neighbours too (DfE'\''s ten nearest, as \`apa councils --format csv\` lists them)]' \
'--matrix[A matrix instead of rows\: councils and years down, judgements across. Table and markdown show the grades; CSV is wide (a column per judgement, holding its level); JSON gives each cell with its sources; JSON lines stay one judgement per line]' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::paths -- Report files or folders (PDF or text; folders are walked for *.pdf and *.txt). `-` reads standard input. With none, apa reads --dir, or else the sample reports built into apa:_files' \
&& ret=0
;;
(findings)
_arguments "${_arguments_options[@]}" : \
'--dir=[A folder of reports to read when no PATH is given]:DIR:_files' \
'--library=[The library \`apa fetch\` keeps and the commands read when no PATH or --dir is given \[default\: \$XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library\]]:DIR:_files' \
'*--council=[Only this council (any spelling, or its LA or ONS code); repeatable]:COUNCIL:_default' \
'--region=[Only councils in this region ("London", "north west"; case and spacing ignored)]:REGION:_default' \
'*--year=[Only judgements about this year; repeatable]:YEAR:_default' \
'*--kind=[Only this kind of document; repeatable]:KIND:((apa_letter\:"an annual performance assessment letter"
safeguarding_lac_inspection\:"an inspection of safeguarding and looked after children services"
council_report\:"a council paper quoting Ofsted ratings"
children_plan\:"a children and young people'\''s plan quoting its grades"
sif_inspection\:"a single inspection framework report"
ilacs_inspection\:"an inspection of local authority children'\''s services"
childrens_services_assessment\:"an annual children'\''s services assessment"
lac_inspection\:"an inspection of looked after children services"
child_protection_inspection\:"an inspection of arrangements for the protection of children"
focused_visit\:"a focused visit letter"
monitoring_visit\:"a monitoring visit letter"
jtai_letter\:"a joint targeted area inspection letter"
send_area_inspection\:"an area SEND inspection"))' \
'*--finding=[Only this kind of finding; repeatable]:FINDING:(strength area_for_improvement area_for_exploration action priority_action)' \
'--format=[Output format]:FORMAT:(table json jsonl csv markdown)' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'--neighbours[With --council\: each council'\''s statistical neighbours too (DfE'\''s ten nearest, as \`apa councils --format csv\` lists them)]' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::paths -- Report files or folders (PDF or text; folders are walked for *.pdf and *.txt). `-` reads standard input. With none, apa reads --dir, or else the sample reports built into apa:_files' \
&& ret=0
;;
(inspections)
_arguments "${_arguments_options[@]}" : \
'--dir=[A folder of reports to read when no PATH is given]:DIR:_files' \
'--library=[The library \`apa fetch\` keeps and the commands read when no PATH or --dir is given \[default\: \$XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library\]]:DIR:_files' \
'*--council=[Only this council (any spelling, or its LA or ONS code); repeatable]:COUNCIL:_default' \
'--region=[Only councils in this region ("London", "north west"; case and spacing ignored)]:REGION:_default' \
'*--year=[Only judgements about this year; repeatable]:YEAR:_default' \
'*--kind=[Only this kind of document; repeatable]:KIND:((apa_letter\:"an annual performance assessment letter"
safeguarding_lac_inspection\:"an inspection of safeguarding and looked after children services"
council_report\:"a council paper quoting Ofsted ratings"
children_plan\:"a children and young people'\''s plan quoting its grades"
sif_inspection\:"a single inspection framework report"
ilacs_inspection\:"an inspection of local authority children'\''s services"
childrens_services_assessment\:"an annual children'\''s services assessment"
lac_inspection\:"an inspection of looked after children services"
child_protection_inspection\:"an inspection of arrangements for the protection of children"
focused_visit\:"a focused visit letter"
monitoring_visit\:"a monitoring visit letter"
jtai_letter\:"a joint targeted area inspection letter"
send_area_inspection\:"an area SEND inspection"))' \
'--since=[Only documents dated on or after this day (inspection end, else publication or letter; YYYY-MM-DD)]:DATE:_default' \
'--until=[Only documents dated on or before this day (YYYY-MM-DD)]:DATE:_default' \
'--by=[With --summary\: one group per region instead of England as a whole]:BY:(region)' \
'--format=[Output format]:FORMAT:(table json jsonl csv markdown)' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'--neighbours[With --council\: each council'\''s statistical neighbours too (DfE'\''s ten nearest, as \`apa councils --format csv\` lists them)]' \
'--latest[Each council'\''s most recent graded document only]' \
'--summary[Counts and shares of each level per judgement instead of rows]' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::paths -- Report files or folders (PDF or text; folders are walked for *.pdf and *.txt). `-` reads standard input. With none, apa reads --dir, or else the sample reports built into apa:_files' \
&& ret=0
;;
(themes)
_arguments "${_arguments_options[@]}" : \
'--dir=[A folder of reports to read when no PATH is given]:DIR:_files' \
'--library=[The library \`apa fetch\` keeps and the commands read when no PATH or --dir is given \[default\: \$XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library\]]:DIR:_files' \
'*--council=[Only this council (any spelling, or its LA or ONS code); repeatable]:COUNCIL:_default' \
'--region=[Only councils in this region ("London", "north west"; case and spacing ignored)]:REGION:_default' \
'*--year=[Only judgements about this year; repeatable]:YEAR:_default' \
'*--kind=[Only this kind of document; repeatable]:KIND:((apa_letter\:"an annual performance assessment letter"
safeguarding_lac_inspection\:"an inspection of safeguarding and looked after children services"
council_report\:"a council paper quoting Ofsted ratings"
children_plan\:"a children and young people'\''s plan quoting its grades"
sif_inspection\:"a single inspection framework report"
ilacs_inspection\:"an inspection of local authority children'\''s services"
childrens_services_assessment\:"an annual children'\''s services assessment"
lac_inspection\:"an inspection of looked after children services"
child_protection_inspection\:"an inspection of arrangements for the protection of children"
focused_visit\:"a focused visit letter"
monitoring_visit\:"a monitoring visit letter"
jtai_letter\:"a joint targeted area inspection letter"
send_area_inspection\:"an area SEND inspection"))' \
'--format=[Output format]:FORMAT:(table json jsonl csv markdown)' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'--neighbours[With --council\: each council'\''s statistical neighbours too (DfE'\''s ten nearest, as \`apa councils --format csv\` lists them)]' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::paths -- Report files or folders (PDF or text; folders are walked for *.pdf and *.txt). `-` reads standard input. With none, apa reads --dir, or else the sample reports built into apa:_files' \
&& ret=0
;;
(compare)
_arguments "${_arguments_options[@]}" : \
'*--year=[Compare these years (repeatable). Default\: each council'\''s latest report of the most recent kind they all have (years may differ; the output says which); where they share no kind, each council'\''s latest year with grades]:YEAR:_default' \
'--region=[Add every council of this region that has reports ("London", "north west")]:REGION:_default' \
'*--reports=[Report files or folders to read instead of --dir or the built-in samples (repeatable)]:PATH:_files' \
'--dir=[A folder of reports to read instead of the library or the built-in samples]:DIR:_files' \
'--library=[The library \`apa fetch\` keeps and the commands read when no PATH or --dir is given \[default\: \$XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library\]]:DIR:_files' \
'--format=[Output format]:FORMAT:(table json jsonl csv markdown)' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'--neighbours[Add each council'\''s statistical neighbours that have reports]' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
'*::councils -- Councils to compare\: any spelling ("bromley", "London Borough of Bromley", "LB Bromley") or an LA or ONS code; report files or folders may follow them:_default' \
&& ret=0
;;
(trend)
_arguments "${_arguments_options[@]}" : \
'*--reports=[Report files or folders to read instead of --dir or the built-in samples (repeatable)]:PATH:_files' \
'--dir=[A folder of reports to read instead of the library or the built-in samples]:DIR:_files' \
'--library=[The library \`apa fetch\` keeps and the commands read when no PATH or --dir is given \[default\: \$XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library\]]:DIR:_files' \
'--format=[Output format]:FORMAT:(table json jsonl csv markdown)' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'--neighbours[The council'\''s statistical neighbours that have reports too, each after it (JSON\: an array of trends)]' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
':council -- The council\: any spelling, or an LA or ONS code:_default' \
'*::files -- Report files or folders to read (as --reports):_files' \
&& ret=0
;;
(councils)
_arguments "${_arguments_options[@]}" : \
'--region=[Only councils in this region (e.g. "London", "north west"; case and spacing ignored)]:REGION:_default' \
'--format=[Output format]:FORMAT:(table json jsonl csv markdown)' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(export)
_arguments "${_arguments_options[@]}" : \
'--dir=[A folder of reports to read when no PATH is given]:DIR:_files' \
'--library=[The library \`apa fetch\` keeps and the commands read when no PATH or --dir is given \[default\: \$XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library\]]:DIR:_files' \
'*--council=[Only this council (any spelling, or its LA or ONS code); repeatable]:COUNCIL:_default' \
'--region=[Only councils in this region ("London", "north west"; case and spacing ignored)]:REGION:_default' \
'*--year=[Only judgements about this year; repeatable]:YEAR:_default' \
'*--kind=[Only this kind of document; repeatable]:KIND:((apa_letter\:"an annual performance assessment letter"
safeguarding_lac_inspection\:"an inspection of safeguarding and looked after children services"
council_report\:"a council paper quoting Ofsted ratings"
children_plan\:"a children and young people'\''s plan quoting its grades"
sif_inspection\:"a single inspection framework report"
ilacs_inspection\:"an inspection of local authority children'\''s services"
childrens_services_assessment\:"an annual children'\''s services assessment"
lac_inspection\:"an inspection of looked after children services"
child_protection_inspection\:"an inspection of arrangements for the protection of children"
focused_visit\:"a focused visit letter"
monitoring_visit\:"a monitoring visit letter"
jtai_letter\:"a joint targeted area inspection letter"
send_area_inspection\:"an area SEND inspection"))' \
'-o+[The workbook to write (.xlsx); an existing one is replaced]:FILE.xlsx:_files' \
'--output=[The workbook to write (.xlsx); an existing one is replaced]:FILE.xlsx:_files' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'--neighbours[With --council\: each council'\''s statistical neighbours too (DfE'\''s ten nearest, as \`apa councils --format csv\` lists them)]' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
':to -- What to write:((xlsx\:"An Excel workbook"))' \
'*::paths -- Report files or folders (PDF or text; folders are walked for *.pdf and *.txt). `-` reads standard input. With none, apa reads --dir, or else the sample reports built into apa:_files' \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
'--dir=[A folder of reports to read when no PATH is given]:DIR:_files' \
'--library=[The library \`apa fetch\` keeps and the commands read when no PATH or --dir is given \[default\: \$XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library\]]:DIR:_files' \
'*--council=[Only this council (any spelling, or its LA or ONS code); repeatable]:COUNCIL:_default' \
'--region=[Only councils in this region ("London", "north west"; case and spacing ignored)]:REGION:_default' \
'*--year=[Only judgements about this year; repeatable]:YEAR:_default' \
'*--kind=[Only this kind of document; repeatable]:KIND:((apa_letter\:"an annual performance assessment letter"
safeguarding_lac_inspection\:"an inspection of safeguarding and looked after children services"
council_report\:"a council paper quoting Ofsted ratings"
children_plan\:"a children and young people'\''s plan quoting its grades"
sif_inspection\:"a single inspection framework report"
ilacs_inspection\:"an inspection of local authority children'\''s services"
childrens_services_assessment\:"an annual children'\''s services assessment"
lac_inspection\:"an inspection of looked after children services"
child_protection_inspection\:"an inspection of arrangements for the protection of children"
focused_visit\:"a focused visit letter"
monitoring_visit\:"a monitoring visit letter"
jtai_letter\:"a joint targeted area inspection letter"
send_area_inspection\:"an area SEND inspection"))' \
'-o+[The page to write (.html); an existing one is replaced]:FILE.html:_files' \
'--output=[The page to write (.html); an existing one is replaced]:FILE.html:_files' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'--neighbours[With --council\: each council'\''s statistical neighbours too (DfE'\''s ten nearest, as \`apa councils --format csv\` lists them)]' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'*::paths -- Report files or folders (PDF or text; folders are walked for *.pdf and *.txt). `-` reads standard input. With none, apa reads --dir, or else the sample reports built into apa:_files' \
&& ret=0
;;
(check)
_arguments "${_arguments_options[@]}" : \
'--dir=[A folder of reports to read when no PATH is given]:DIR:_files' \
'--library=[The library \`apa fetch\` keeps and the commands read when no PATH or --dir is given \[default\: \$XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library\]]:DIR:_files' \
'--fail-below=[Fail (exit 1) if any selected judgement is below this level\: outstanding, good, adequate (= requires improvement), inadequate]:LEVEL:_default' \
'*--council=[Only check reports about this council (any spelling or code); repeatable]:COUNCIL:_default' \
'*--area=[The judgement areas --fail-below applies to (e.g. overall_effectiveness); repeatable. Default\: all]:AREA:_default' \
'--format=[Output format\: table, json, jsonl, csv or markdown]:FORMAT:(table json jsonl csv markdown)' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
'*::paths -- Report files or folders to check (PDF or text; folders are walked for *.pdf and *.txt). `-` reads standard input. With none, --dir (or APA_REPORTS), else the library `apa fetch` keeps; check never reads the built-in samples, so that a job without reports fails:_files' \
&& ret=0
;;
(schema)
_arguments "${_arguments_options[@]}" : \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(cache)
_arguments "${_arguments_options[@]}" : \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_apa__subcmd__cache_commands" \
"*::: :->cache" \
&& ret=0

    case $state in
    (cache)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:apa-cache-command-$line[1]:"
        case $line[1] in
            (clear)
_arguments "${_arguments_options[@]}" : \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
'--format=[]:FORMAT:(table json jsonl csv markdown)' \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_apa__subcmd__cache__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:apa-cache-help-command-$line[1]:"
        case $line[1] in
            (clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
':shell -- The shell:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(man)
_arguments "${_arguments_options[@]}" : \
'--color=[Colour grades by level\: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never]:COLOR:(auto always never)' \
'-v[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--verbose[Print each report'\''s diagnostics (values that could not be read, sources that disagree) on stderr]' \
'--no-cache[Neither read nor write the cache of parsed records]' \
'--csv-raw[Write CSV cells as they are, even one a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return); by default such a cell starts with a '\'' so that it is read as text (OWASP'\''s advice on CSV injection)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_apa__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:apa-help-command-$line[1]:"
        case $line[1] in
            (fetch)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(library)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(parse)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(grades)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(findings)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(inspections)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(themes)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(compare)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(trend)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(councils)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(check)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(schema)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cache)
_arguments "${_arguments_options[@]}" : \
":: :_apa__subcmd__help__subcmd__cache_commands" \
"*::: :->cache" \
&& ret=0

    case $state in
    (cache)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:apa-help-cache-command-$line[1]:"
        case $line[1] in
            (clear)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(info)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(man)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_apa_commands] )) ||
_apa_commands() {
    local commands; commands=(
'fetch:Download every children'\''s services publication on Ofsted'\''s reports site into a local library (only what it lacks), which every command then reads' \
'library:What the library \`apa fetch\` keeps holds\: councils, documents by label and year, dead links' \
'parse:Parse reports into typed records (JSON)' \
'grades:One row per graded judgement\: council, year, kind, scope, area, grade as printed, level, score, source' \
'findings:One row per strength, area for improvement, area for exploration or action' \
'inspections:One row per inspection or letter, each judgement a column; --latest, --summary' \
'themes:The most common themes of what needs to improve, with counts, councils and an example' \
'compare:Councils side by side\: grades, strengths and areas for improvement, shared weaknesses' \
'trend:One council'\''s grades over the years, with each value'\''s source and any disagreement' \
'councils:The councils apa knows, with LA and ONS codes and regions' \
'export:The data set as an Excel workbook\: inspections, latest grades, grades, findings, summary, sources' \
'report:One self-contained HTML page\: a grade heatmap, each council'\''s timeline, summaries, provenance' \
'check:For CI\: whether each file parsed and has every judgement its framework requires; policy checks on grades' \
'schema:The JSON Schema of the records \`apa parse\` writes' \
'cache:The cache of parsed records\: clear it, or see where it is and what it holds' \
'completions:A shell'\''s completion script for apa (bash, zsh, fish, elvish, powershell)' \
'man:apa'\''s manual page (roff), e.g. \`apa man > apa.1\`' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'apa commands' commands "$@"
}
(( $+functions[_apa__subcmd__cache_commands] )) ||
_apa__subcmd__cache_commands() {
    local commands; commands=(
'clear:Remove every cached record' \
'info:Where the cache is, how many records it holds and how much space they take' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'apa cache commands' commands "$@"
}
(( $+functions[_apa__subcmd__cache__subcmd__clear_commands] )) ||
_apa__subcmd__cache__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'apa cache clear commands' commands "$@"
}
(( $+functions[_apa__subcmd__cache__subcmd__help_commands] )) ||
_apa__subcmd__cache__subcmd__help_commands() {
    local commands; commands=(
'clear:Remove every cached record' \
'info:Where the cache is, how many records it holds and how much space they take' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'apa cache help commands' commands "$@"
}
(( $+functions[_apa__subcmd__cache__subcmd__help__subcmd__clear_commands] )) ||
_apa__subcmd__cache__subcmd__help__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'apa cache help clear commands' commands "$@"
}
(( $+functions[_apa__subcmd__cache__subcmd__help__subcmd__help_commands] )) ||
_apa__subcmd__cache__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'apa cache help help commands' commands "$@"
}
(( $+functions[_apa__subcmd__cache__subcmd__help__subcmd__info_commands] )) ||
_apa__subcmd__cache__subcmd__help__subcmd__info_commands() {
    local commands; commands=()
    _describe -t commands 'apa cache help info commands' commands "$@"
}
(( $+functions[_apa__subcmd__cache__subcmd__info_commands] )) ||
_apa__subcmd__cache__subcmd__info_commands() {
    local commands; commands=()
    _describe -t commands 'apa cache info commands' commands "$@"
}
(( $+functions[_apa__subcmd__check_commands] )) ||
_apa__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'apa check commands' commands "$@"
}
(( $+functions[_apa__subcmd__compare_commands] )) ||
_apa__subcmd__compare_commands() {
    local commands; commands=()
    _describe -t commands 'apa compare commands' commands "$@"
}
(( $+functions[_apa__subcmd__completions_commands] )) ||
_apa__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'apa completions commands' commands "$@"
}
(( $+functions[_apa__subcmd__councils_commands] )) ||
_apa__subcmd__councils_commands() {
    local commands; commands=()
    _describe -t commands 'apa councils commands' commands "$@"
}
(( $+functions[_apa__subcmd__export_commands] )) ||
_apa__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'apa export commands' commands "$@"
}
(( $+functions[_apa__subcmd__fetch_commands] )) ||
_apa__subcmd__fetch_commands() {
    local commands; commands=()
    _describe -t commands 'apa fetch commands' commands "$@"
}
(( $+functions[_apa__subcmd__findings_commands] )) ||
_apa__subcmd__findings_commands() {
    local commands; commands=()
    _describe -t commands 'apa findings commands' commands "$@"
}
(( $+functions[_apa__subcmd__grades_commands] )) ||
_apa__subcmd__grades_commands() {
    local commands; commands=()
    _describe -t commands 'apa grades commands' commands "$@"
}
(( $+functions[_apa__subcmd__help_commands] )) ||
_apa__subcmd__help_commands() {
    local commands; commands=(
'fetch:Download every children'\''s services publication on Ofsted'\''s reports site into a local library (only what it lacks), which every command then reads' \
'library:What the library \`apa fetch\` keeps holds\: councils, documents by label and year, dead links' \
'parse:Parse reports into typed records (JSON)' \
'grades:One row per graded judgement\: council, year, kind, scope, area, grade as printed, level, score, source' \
'findings:One row per strength, area for improvement, area for exploration or action' \
'inspections:One row per inspection or letter, each judgement a column; --latest, --summary' \
'themes:The most common themes of what needs to improve, with counts, councils and an example' \
'compare:Councils side by side\: grades, strengths and areas for improvement, shared weaknesses' \
'trend:One council'\''s grades over the years, with each value'\''s source and any disagreement' \
'councils:The councils apa knows, with LA and ONS codes and regions' \
'export:The data set as an Excel workbook\: inspections, latest grades, grades, findings, summary, sources' \
'report:One self-contained HTML page\: a grade heatmap, each council'\''s timeline, summaries, provenance' \
'check:For CI\: whether each file parsed and has every judgement its framework requires; policy checks on grades' \
'schema:The JSON Schema of the records \`apa parse\` writes' \
'cache:The cache of parsed records\: clear it, or see where it is and what it holds' \
'completions:A shell'\''s completion script for apa (bash, zsh, fish, elvish, powershell)' \
'man:apa'\''s manual page (roff), e.g. \`apa man > apa.1\`' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'apa help commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__cache_commands] )) ||
_apa__subcmd__help__subcmd__cache_commands() {
    local commands; commands=(
'clear:Remove every cached record' \
'info:Where the cache is, how many records it holds and how much space they take' \
    )
    _describe -t commands 'apa help cache commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__cache__subcmd__clear_commands] )) ||
_apa__subcmd__help__subcmd__cache__subcmd__clear_commands() {
    local commands; commands=()
    _describe -t commands 'apa help cache clear commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__cache__subcmd__info_commands] )) ||
_apa__subcmd__help__subcmd__cache__subcmd__info_commands() {
    local commands; commands=()
    _describe -t commands 'apa help cache info commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__check_commands] )) ||
_apa__subcmd__help__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'apa help check commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__compare_commands] )) ||
_apa__subcmd__help__subcmd__compare_commands() {
    local commands; commands=()
    _describe -t commands 'apa help compare commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__completions_commands] )) ||
_apa__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'apa help completions commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__councils_commands] )) ||
_apa__subcmd__help__subcmd__councils_commands() {
    local commands; commands=()
    _describe -t commands 'apa help councils commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__export_commands] )) ||
_apa__subcmd__help__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'apa help export commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__fetch_commands] )) ||
_apa__subcmd__help__subcmd__fetch_commands() {
    local commands; commands=()
    _describe -t commands 'apa help fetch commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__findings_commands] )) ||
_apa__subcmd__help__subcmd__findings_commands() {
    local commands; commands=()
    _describe -t commands 'apa help findings commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__grades_commands] )) ||
_apa__subcmd__help__subcmd__grades_commands() {
    local commands; commands=()
    _describe -t commands 'apa help grades commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__help_commands] )) ||
_apa__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'apa help help commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__inspections_commands] )) ||
_apa__subcmd__help__subcmd__inspections_commands() {
    local commands; commands=()
    _describe -t commands 'apa help inspections commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__library_commands] )) ||
_apa__subcmd__help__subcmd__library_commands() {
    local commands; commands=()
    _describe -t commands 'apa help library commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__man_commands] )) ||
_apa__subcmd__help__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'apa help man commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__parse_commands] )) ||
_apa__subcmd__help__subcmd__parse_commands() {
    local commands; commands=()
    _describe -t commands 'apa help parse commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__report_commands] )) ||
_apa__subcmd__help__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'apa help report commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__schema_commands] )) ||
_apa__subcmd__help__subcmd__schema_commands() {
    local commands; commands=()
    _describe -t commands 'apa help schema commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__themes_commands] )) ||
_apa__subcmd__help__subcmd__themes_commands() {
    local commands; commands=()
    _describe -t commands 'apa help themes commands' commands "$@"
}
(( $+functions[_apa__subcmd__help__subcmd__trend_commands] )) ||
_apa__subcmd__help__subcmd__trend_commands() {
    local commands; commands=()
    _describe -t commands 'apa help trend commands' commands "$@"
}
(( $+functions[_apa__subcmd__inspections_commands] )) ||
_apa__subcmd__inspections_commands() {
    local commands; commands=()
    _describe -t commands 'apa inspections commands' commands "$@"
}
(( $+functions[_apa__subcmd__library_commands] )) ||
_apa__subcmd__library_commands() {
    local commands; commands=()
    _describe -t commands 'apa library commands' commands "$@"
}
(( $+functions[_apa__subcmd__man_commands] )) ||
_apa__subcmd__man_commands() {
    local commands; commands=()
    _describe -t commands 'apa man commands' commands "$@"
}
(( $+functions[_apa__subcmd__parse_commands] )) ||
_apa__subcmd__parse_commands() {
    local commands; commands=()
    _describe -t commands 'apa parse commands' commands "$@"
}
(( $+functions[_apa__subcmd__report_commands] )) ||
_apa__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'apa report commands' commands "$@"
}
(( $+functions[_apa__subcmd__schema_commands] )) ||
_apa__subcmd__schema_commands() {
    local commands; commands=()
    _describe -t commands 'apa schema commands' commands "$@"
}
(( $+functions[_apa__subcmd__themes_commands] )) ||
_apa__subcmd__themes_commands() {
    local commands; commands=()
    _describe -t commands 'apa themes commands' commands "$@"
}
(( $+functions[_apa__subcmd__trend_commands] )) ||
_apa__subcmd__trend_commands() {
    local commands; commands=()
    _describe -t commands 'apa trend commands' commands "$@"
}

if [ "$funcstack[1]" = "_apa" ]; then
    _apa "$@"
else
    compdef _apa apa
fi
