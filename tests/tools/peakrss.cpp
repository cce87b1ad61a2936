// Runs a program with a CPU-time limit and reports its peak resident size, for
// tests that bound what hostile input may cost. Being small itself, this
// launcher keeps the figure to the program's own (a child forked from a big
// test process would inherit that process's size in its peak).
//   peakrss REPORT SECONDS PROGRAM [ARGUMENTS...]
// Writes the peak in kB to REPORT and exits with PROGRAM's status, or 128 + the
// signal that ended it (SIGXCPU when it ran out of CPU time).
#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: peakrss REPORT SECONDS PROGRAM [ARGUMENTS...]\n");
        return 125;
    }
    const pid_t child = fork();
    if (child < 0)
        return 125;
    if (child == 0) {
        const rlim_t seconds = std::strtoul(argv[2], nullptr, 10);
        const rlimit cpu{seconds, seconds};
        setrlimit(RLIMIT_CPU, &cpu);
        execv(argv[3], argv + 3);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child)
        return 125;
    if (std::FILE *report = std::fopen(argv[1], "w")) {
        std::fprintf(report, "%ld\n", usage.ru_maxrss);
        std::fclose(report);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
