from cxmap.launch import main

main()
