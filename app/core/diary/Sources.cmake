target_sources(isletguide_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DiaryBatchWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryCopy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryEntry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryFileCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryImport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryLogModel.h ${CMAKE_CURRENT_LIST_DIR}/DiaryLogModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiarySchema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryValidation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GlucoseDaySeries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GlucoseDaySeriesTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MealContextGuess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SafetyBackups.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SqliteStatement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StorageError.cpp
)
# The import and the reads for statistics use the SQLite C API on Qt SQL's own connection (the same libsqlite3
# that Qt's QSQLITE driver is linked against on Debian).
find_package(SQLite3 REQUIRED)
target_link_libraries(isletguide_core PRIVATE SQLite::SQLite3)
