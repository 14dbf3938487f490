# Statistics engine (issue 4): one executable per class, plus the conformance test against ../shared/reference.
isletguide_core_test(tst_Formulas core/stats/tst_Formulas.cpp)
isletguide_core_test(tst_GlucoseSummary core/stats/tst_GlucoseSummary.cpp)
isletguide_core_test(tst_Mage core/stats/tst_Mage.cpp)
isletguide_core_test(tst_DataCoverage core/stats/tst_DataCoverage.cpp)
isletguide_core_test(tst_AmbulatoryProfile core/stats/tst_AmbulatoryProfile.cpp)
isletguide_core_test(tst_MealPatterns core/stats/tst_MealPatterns.cpp)
isletguide_core_test(tst_SeriesThinning core/stats/tst_SeriesThinning.cpp)
isletguide_core_test(tst_StatsConformance core/stats/tst_StatsConformance.cpp)
