# Fault suite (tests/faults): disk full, I/O errors, damaged diaries, kills. Each case ends with an integrity check
# and the diary holding exactly the data before or after.
find_package(SQLite3 REQUIRED)
function(isletguide_fault_test name)
    isletguide_core_test(${name} faults/${name}.cpp faults/FaultVfs.cpp)
    target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/faults ${CMAKE_CURRENT_SOURCE_DIR}/core)
    target_link_libraries(${name} PRIVATE SQLite::SQLite3)
endfunction()

isletguide_fault_test(tst_DiskFull)
isletguide_fault_test(tst_IoErrors)
isletguide_fault_test(tst_DamagedDiary)
target_compile_definitions(tst_DamagedDiary PRIVATE ISLETGUIDE_CLI="$<TARGET_FILE:isletguide-cli>")
add_dependencies(tst_DamagedDiary isletguide-cli)

if(NOT ISLETGUIDE_CORE_ONLY)
    add_test(NAME no_network
             COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/faults/no-network.sh $<TARGET_FILE:isletguide-cli>
                     $<TARGET_FILE:isletguide> ${CMAKE_CURRENT_SOURCE_DIR}/data)
    set_tests_properties(no_network PROPERTIES TIMEOUT 300)
endif()

isletguide_fault_test(tst_KillAnyMoment)
target_include_directories(tst_KillAnyMoment PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core/io)
target_compile_definitions(tst_KillAnyMoment PRIVATE ISLETGUIDE_CLI="$<TARGET_FILE:isletguide-cli>")
add_dependencies(tst_KillAnyMoment isletguide-cli)

isletguide_fault_test(tst_HostileInputs)
target_compile_definitions(tst_HostileInputs PRIVATE ISLETGUIDE_CLI="$<TARGET_FILE:isletguide-cli>")
add_dependencies(tst_HostileInputs isletguide-cli)

isletguide_fault_test(tst_TwoWriters)
target_include_directories(tst_TwoWriters PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core/io)
target_compile_definitions(tst_TwoWriters PRIVATE ISLETGUIDE_CLI="$<TARGET_FILE:isletguide-cli>")
add_dependencies(tst_TwoWriters isletguide-cli)

isletguide_fault_test(tst_FilePermissions)
target_compile_definitions(tst_FilePermissions PRIVATE ISLETGUIDE_CLI="$<TARGET_FILE:isletguide-cli>")
add_dependencies(tst_FilePermissions isletguide-cli isletguide-cli-report)

# Disk full on a real (tmpfs) filesystem, through the CLI.
add_test(NAME disk_full_tmpfs
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/faults/disk-full-tmpfs.sh $<TARGET_FILE:isletguide-cli>
                 ${CMAKE_CURRENT_SOURCE_DIR}/data)
set_tests_properties(disk_full_tmpfs PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)

isletguide_fault_test(tst_CancelAnyPoint)
