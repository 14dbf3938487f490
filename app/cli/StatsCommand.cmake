target_sources(isletguide_cli_commands PRIVATE ${CMAKE_CURRENT_LIST_DIR}/StatsCommand.cpp)
