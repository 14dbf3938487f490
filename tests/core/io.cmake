# Import, export and backup (app/core/io); fixtures in tests/data/io.
foreach(name CsvReader LibreViewParser ClarityParser NightscoutParser XDripParser DiaryCsv FhirBundleWriter
             GlucoseFileImport)
    isletguide_core_test(tst_${name} core/io/tst_${name}.cpp)
endforeach()

# Kills isletguide-cli in the middle of a one-year import.
isletguide_core_test(tst_ImportCrash core/io/tst_ImportCrash.cpp)
target_compile_definitions(tst_ImportCrash PRIVATE ISLETGUIDE_CLI="$<TARGET_FILE:isletguide-cli>")
add_dependencies(tst_ImportCrash isletguide-cli)
