<?php
// Prints the IPTC IIM of a JPEG as JSON, read the way WordPress does on upload (getimagesize APP13 + iptcparse).
$size = getimagesize($argv[1], $info);
$out = array();
if ($size !== false && isset($info['APP13'])) {
    $iptc = iptcparse($info['APP13']);
    if ($iptc !== false) {
        foreach ($iptc as $key => $values) {
            $out[$key] = $values;
        }
    }
}
echo json_encode($out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
