#include "cli/cli.hpp"

int main(int argc, char** argv) { return presencia::cli::run(argc, argv); }
