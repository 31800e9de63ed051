package py

// dtTypeNames maps the datetime module's classes to their __name__ (their
// Class.Name is CPython's tp_name, "datetime.date", which messages use).
var dtTypeNames = map[*Class]string{}
