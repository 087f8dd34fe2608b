#pragma once
// The command line: arguments in, exit status out. Exceptions stop here.
//
// Exit status of `presencia audit`:
//   0  complete: both presence requirements are proven
//   1  incomplete: something is missing (see the report)
//   2  error: no document in the case could be read
//   3  bad input: command line, case.json, dates or profile
//   4  could not write an output file, or an internal failure

namespace presencia::cli {

enum ExitCode : int {
    k_exit_complete = 0,
    k_exit_incomplete = 1,
    k_exit_case_error = 2,
    k_exit_bad_input = 3,
    k_exit_failure = 4,
};

int run(int argc, char** argv);

} // namespace presencia::cli
