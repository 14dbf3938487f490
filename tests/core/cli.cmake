# isletguide-cli as a whole program. It must start without Qt Gui (the stats benchmark's process start), and hand a
# PDF report over to isletguide-cli-report, which has it.
add_test(NAME cli_starts_without_qt_gui
         COMMAND sh -c "! readelf -d \"$1\" | grep -q 'libQt6Gui'" sh $<TARGET_FILE:isletguide-cli>)
add_test(NAME cli_export_pdf_hand_off
         COMMAND isletguide-cli --db ${CMAKE_CURRENT_BINARY_DIR}/cli-report.sqlite export --format pdf --script en
                 -o ${CMAKE_CURRENT_BINARY_DIR}/cli-report.pdf)
set_tests_properties(cli_export_pdf_hand_off PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
                     PASS_REGULAR_EXPRESSION "wrote a [0-9]+-page report of 0 readings")
add_test(NAME cli_stats_after_upgrade
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/core/cli-stats-after-upgrade.sh $<TARGET_FILE:isletguide-cli>
                 ${PROJECT_SOURCE_DIR}/tests/data/io/clarity_bom_crlf_quoted.csv ${CMAKE_CURRENT_BINARY_DIR}/cli-upgrade)
