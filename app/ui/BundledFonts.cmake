# The app's own cut of Noto Sans CJK SC and TC (tools/subset-cjk-font.py), built from the system's collection and
# compiled into isletguide_ui as uncompressed resources that BundledFonts registers in place (no copy on the heap).
find_file(ISLETGUIDE_CJK_SOURCE_FONT NotoSansCJK-Regular.ttc
          PATHS /usr/share/fonts/opentype/noto /usr/share/fonts/noto-cjk /usr/share/fonts/google-noto-cjk
                /usr/local/share/fonts /opt/homebrew/share/fonts
          DOC "Noto Sans CJK Regular collection the bundled fonts are cut from (Debian: fonts-noto-cjk)")
if(NOT ISLETGUIDE_CJK_SOURCE_FONT)
    message(FATAL_ERROR "NotoSansCJK-Regular.ttc not found: install fonts-noto-cjk or set ISLETGUIDE_CJK_SOURCE_FONT")
endif()

# fontTools may belong to the system's Python only (Debian: python3-fonttools), not to the first python3 in PATH.
find_program(ISLETGUIDE_FONT_PYTHON NAMES python3 NAMES_PER_DIR PATHS /usr/bin NO_CACHE)
foreach(candidate ${ISLETGUIDE_FONT_PYTHON} /usr/bin/python3)
    execute_process(COMMAND ${candidate} -c "import fontTools.subset" RESULT_VARIABLE no_fonttools
                    OUTPUT_QUIET ERROR_QUIET)
    if(no_fonttools EQUAL 0)
        set(ISLETGUIDE_FONT_PYTHON_WITH_FONTTOOLS ${candidate})
        break()
    endif()
endforeach()
if(NOT ISLETGUIDE_FONT_PYTHON_WITH_FONTTOOLS)
    message(FATAL_ERROR "Python's fontTools is needed to cut the app's CJK fonts: apt-get install python3-fonttools")
endif()

# Every text the app shows is in these folders: C++ strings reach the screen through the translations.
set(font_text_dirs content translations qml)
file(GLOB_RECURSE font_texts CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/content/*.json ${PROJECT_SOURCE_DIR}/content/*.md
     ${PROJECT_SOURCE_DIR}/translations/*.ts ${PROJECT_SOURCE_DIR}/qml/*.qml)

set(font_dir ${CMAKE_CURRENT_BINARY_DIR}/bundled-fonts)
set(bundled_fonts ${font_dir}/IsletGuideSans-SC.otf ${font_dir}/IsletGuideSans-TC.otf)
add_custom_command(
    OUTPUT ${bundled_fonts}
    COMMAND ${ISLETGUIDE_FONT_PYTHON_WITH_FONTTOOLS} ${PROJECT_SOURCE_DIR}/tools/subset-cjk-font.py
            --source ${ISLETGUIDE_CJK_SOURCE_FONT} --output-dir ${font_dir} ${font_text_dirs}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    DEPENDS ${PROJECT_SOURCE_DIR}/tools/subset-cjk-font.py ${ISLETGUIDE_CJK_SOURCE_FONT} ${font_texts}
    COMMENT "Cutting the app's CJK fonts from ${ISLETGUIDE_CJK_SOURCE_FONT}"
    VERBATIM)
qt_add_resources(isletguide_ui bundled_fonts PREFIX /fonts BASE ${font_dir} FILES ${bundled_fonts}
                 OPTIONS -no-compress)
