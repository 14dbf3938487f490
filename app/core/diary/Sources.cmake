target_sources(isletguide_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DiaryEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryEntry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryLogModel.h ${CMAKE_CURRENT_LIST_DIR}/DiaryLogModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiarySchema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DiaryValidation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MealContextGuess.cpp
)
