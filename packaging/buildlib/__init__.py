"""The steps of packaging/build.py, one module each: common helpers, ELF reading, archives, Debian, the portable
archive, licences, checksums and signatures, sizes. Standard library only."""
