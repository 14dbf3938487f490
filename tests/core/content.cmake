# Content engine tests (issue 6); fixtures in data/content (valid/ and one broken/<rule>/ overlay per rule).
isletguide_core_test(tst_ContentLoader core/content/tst_ContentLoader.cpp)
isletguide_core_test(tst_BackgroundContentLoad core/content/tst_BackgroundContentLoad.cpp)
isletguide_core_test(tst_ContentValidator core/content/tst_ContentValidator.cpp)
isletguide_core_test(tst_ContentSearch core/content/tst_ContentSearch.cpp)
isletguide_core_test(tst_ScriptCharacters core/content/tst_ScriptCharacters.cpp)
isletguide_core_test(tst_RegistryIds core/content/tst_RegistryIds.cpp)
isletguide_core_test(tst_SpokenText core/content/tst_SpokenText.cpp)
isletguide_core_test(tst_VoiceChoice core/content/tst_VoiceChoice.cpp)

# The validator on the real content: both the folder in the tree and the copy bundled into the binary.
add_test(NAME content_validate_tree COMMAND isletguide-cli content validate --dir ${PROJECT_SOURCE_DIR}/content)
add_test(NAME content_validate_bundled COMMAND isletguide-cli content validate)

# The QML-facing content models (app/ui), checked with QAbstractItemModelTester; not part of the core-only build.
if(NOT ISLETGUIDE_CORE_ONLY)
    isletguide_core_test(tst_ContentModels core/content/tst_ContentModels.cpp)
    target_link_libraries(tst_ContentModels PRIVATE isletguide_ui)
    isletguide_core_test(tst_ReadAloud core/content/tst_ReadAloud.cpp)
    target_link_libraries(tst_ReadAloud PRIVATE isletguide_ui)
endif()
