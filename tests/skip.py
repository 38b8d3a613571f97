"""Report a test as skipped, with its reason: CTest maps exit code 77 to 'skipped'."""
import sys

print(f"skipped: {sys.argv[1]}")
sys.exit(77)
