#include <histedit.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <termios.h>
#include <unistd.h>
