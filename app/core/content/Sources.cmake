# Content engine (issue 6): loader, typed items, validator, search; content/ and OpenCC's character tables bundled.
target_sources(isletguide_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BackgroundContentLoad.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ContentJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ContentLibrary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ContentLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ContentSearch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ContentValidator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonItemReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MarkdownLinks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RegistryIds.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScriptCharacters.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SpokenText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VoiceChoice.cpp
)

# content/ as :/content/... (FORMAT.md and other notes for writers stay out).
file(GLOB_RECURSE ISLETGUIDE_CONTENT_FILES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/content/*.json ${PROJECT_SOURCE_DIR}/content/*.md)
list(FILTER ISLETGUIDE_CONTENT_FILES EXCLUDE REGEX "/FORMAT\\.md$")
qt_add_resources(isletguide_core isletguide_content
    PREFIX /
    BASE ${PROJECT_SOURCE_DIR}
    FILES ${ISLETGUIDE_CONTENT_FILES})

# OpenCC's single-character tables, converted from the installed binary dictionaries to text at build time and
# bundled as :/opencc/*.txt: the script check of the validator and the cross-script folding of search use them.
find_program(OPENCC_DICT_EXECUTABLE opencc_dict REQUIRED)
find_path(OPENCC_DICTIONARY_DIR STCharacters.ocd2 PATHS /usr/share/opencc /usr/local/share/opencc REQUIRED)
set(ISLETGUIDE_OPENCC_TABLES)
foreach(table STCharacters TSCharacters TWVariants HKVariants)
    set(output ${CMAKE_CURRENT_BINARY_DIR}/opencc/${table}.txt)
    add_custom_command(OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/opencc
        COMMAND ${OPENCC_DICT_EXECUTABLE} -i ${OPENCC_DICTIONARY_DIR}/${table}.ocd2 -o ${output} -f ocd2 -t text
        DEPENDS ${OPENCC_DICTIONARY_DIR}/${table}.ocd2
        COMMENT "Converting OpenCC ${table} to text")
    list(APPEND ISLETGUIDE_OPENCC_TABLES ${output})
endforeach()
qt_add_resources(isletguide_core isletguide_opencc
    PREFIX /
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${ISLETGUIDE_OPENCC_TABLES})
