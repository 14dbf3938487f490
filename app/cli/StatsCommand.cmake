target_sources(isletguide-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/StatsCommand.cpp)
