# Import, export and backup (app/core/io); fixtures in tests/data/io.
foreach(name CsvReader LibreViewParser ClarityParser NightscoutParser XDripParser ContourParser MySugrParser DiaryCsv
             FhirBundleWriter GlucoseFileImport FormatConformance WallClock ImportTextEncoding ZipArchive
             AppleHealthParser AppleHealthExport)
    isletguide_core_test(tst_${name} core/io/tst_${name}.cpp)
endforeach()

# The doctor's PDF report draws text, which needs a QGuiApplication: its own Catch2 main.
add_executable(tst_DoctorReport core/io/tst_DoctorReport.cpp core/io/GuiCatchMain.cpp)
target_link_libraries(tst_DoctorReport PRIVATE isletguide_core Catch2::Catch2 Qt6::Gui)
catch_discover_tests(tst_DoctorReport TEST_PREFIX "tst_DoctorReport: " PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
