from cxmap.cli import main

main()
