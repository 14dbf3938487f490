target_sources(isletguide_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ImportTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImportParsing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CsvReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WallClock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LibreViewParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ClarityParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NightscoutParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/XDripParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryCsvFormat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryCsvParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImportFormatDetection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GlucoseFileImport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryCsvWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FhirBundleWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryBackup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportRange.cpp
)
