#ifndef IDIOM_VERSION_H
#define IDIOM_VERSION_H
#define IDIOM_VERSION "0.1.0"
#endif
