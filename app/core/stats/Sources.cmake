target_sources(isletguide_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AmbulatoryProfile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DataCoverage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DistinctValues.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Formulas.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GlucoseSummary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Mage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MealPatterns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PagePrefault.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Percentile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SeriesThinning.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SummaryBuilder.cpp
)
