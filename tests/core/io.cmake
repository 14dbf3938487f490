# Import, export and backup (app/core/io); fixtures in tests/data/io.
foreach(name CsvReader LibreViewParser ClarityParser NightscoutParser XDripParser)
    isletguide_core_test(tst_${name} core/io/tst_${name}.cpp)
endforeach()
